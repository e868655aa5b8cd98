//! Reusable pieces of the interface.

pub mod chart;
pub mod cite;
pub mod copy_link;
pub mod data_text;
pub mod dataset_banner;
pub mod embed;
pub mod export;
pub mod filter_bar;
pub mod head;
pub mod language;
pub mod missing;
pub mod names;
pub mod notices;
pub mod page_data;
pub mod profile;
pub mod references;
pub mod time_axis;
pub mod update_notice;
