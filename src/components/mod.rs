//! Reusable pieces of the interface.

pub mod chart;
pub mod cite;
pub mod data_text;
pub mod dataset_banner;
pub mod disagreement_list;
pub mod early_input;
pub mod embed;
pub mod export;
pub mod filter_bar;
pub mod head;
pub mod language;
pub mod missing;
pub mod names;
pub mod notices;
pub mod page_data;
pub mod picture;
pub mod profile;
pub mod references;
pub mod round_strip;
pub mod share;
pub mod svg_title;
pub mod time_axis;
pub mod update_notice;
pub mod windowed;
