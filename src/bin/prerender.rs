//! Renders every page of the site to HTML over Trunk's output (`make dist`
//! runs it after `trunk build`).
//!
//!   prerender --dist dist-sub --base /vienna/ --site https://example.org

use std::path::PathBuf;
use std::process::ExitCode;

use vienna_process_explorer::prerender::{build, image::FONT_DIR, offline};

const USAGE: &str =
    "usage: prerender --dist DIR [--base /path/] [--site https://host] [--fonts DIR]
       prerender --worker-only --dist DIR [--base /path/]

Writes into DIR (Trunk's output, whose index.html is the page shell):
  one HTML file per page, 404.html, og/*.png preview images, sitemap.xml, robots.txt,
  each page's data (JSON, CSV), data/datapackage.json, data/v<version>/, feed.xml.
  --base   the public path the site is served under (default /)
  --site   the origin it is published at, for absolute addresses (default http://localhost:8080)
  --fonts  where the Noto fonts are (default /usr/share/fonts/truetype/noto)
  --worker-only  only list what DIR holds now in its sw.js (after files of a built
           site were changed), so the offline worker offers the new version";

fn main() -> ExitCode {
    let mut dist = None;
    let mut base = "/".to_string();
    let mut site = "http://localhost:8080".to_string();
    let mut fonts = PathBuf::from(FONT_DIR);
    let mut worker_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let result = match arg.as_str() {
            "--dist" => value("--dist").map(|v| dist = Some(PathBuf::from(v))),
            "--base" => value("--base").map(|v| base = v),
            "--site" => value("--site").map(|v| site = v),
            "--fonts" => value("--fonts").map(|v| fonts = PathBuf::from(v)),
            "--worker-only" => {
                worker_only = true;
                Ok(())
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => Err(format!("unknown argument {other}")),
        };
        if let Err(e) = result {
            eprintln!("prerender: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(dist) = dist else {
        eprintln!("prerender: --dist is required\n{USAGE}");
        return ExitCode::from(2);
    };
    if worker_only {
        return match offline::write_worker(&dist, &base) {
            Ok(p) => {
                println!(
                    "prerender: sw.js lists {} files, version {}",
                    p.files.len(),
                    p.version
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("prerender: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if !(site.starts_with("https://") || site.starts_with("http://")) {
        eprintln!("prerender: --site must be an http(s) origin, got {site}");
        return ExitCode::from(2);
    }
    match build(&dist, &base, &site, &fonts) {
        Ok(r) => {
            println!(
                "prerender: {} pages and {} embeds ({} KiB of HTML), 404.html, {} preview images, {} data files, sitemap.xml, robots.txt in {}",
                r.pages,
                r.embeds,
                r.bytes / 1024,
                r.images,
                r.data_files,
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
