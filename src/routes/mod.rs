//! One file per page, as in Leptos's hackernews example.

pub mod about;
pub mod disagreements;
pub mod document;
pub mod faction;
pub mod factions;
pub mod matrix;
pub mod not_found;
pub mod people;
pub mod person;
pub mod round;
pub mod source;
pub mod sources;
pub mod timeline;
