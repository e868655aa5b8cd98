//! Pure view logic, tested natively: what the URL says is shown, and what that selects.

pub mod axis;
pub mod axis_labels;
pub mod axis_lanes;
pub mod chips;
pub mod cite;
pub mod compare;
pub mod datafiles;
pub mod embed;
pub mod export;
pub mod head;
pub mod links;
pub mod matrix;
pub mod package;
pub mod pages;
pub mod params;
pub mod participation;
pub mod picture;
pub mod references;
pub mod rows;
pub mod select;
pub mod state;
pub mod strip;
pub mod timeline;
pub mod versions;
pub mod vocab;
