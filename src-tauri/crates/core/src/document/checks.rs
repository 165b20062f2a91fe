//! The checks every imported file passes before anything is stored: it exists, is a file,
//! is at most 20 MB, is not empty, is not binary and is valid UTF-8.

use std::io::ErrorKind;
use std::path::Path;

use crate::error::{Error, Result};

/// The largest file Claimdesk imports.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a text file, refusing anything that is not a usable text with one clear sentence.
pub fn read_text_file(path: &Path) -> Result<String> {
    let name = path.display();
    let meta = std::fs::metadata(path).map_err(|err| match err.kind() {
        ErrorKind::NotFound => Error::NotFound(format!("No file at {name}.")),
        ErrorKind::PermissionDenied => Error::Io(format!("Claimdesk may not read {name}.")),
        _ => Error::Io(format!("Could not read {name}: {err}.")),
    })?;
    if meta.is_dir() {
        return Err(Error::invalid(format!("{name} is a folder, not a file.")));
    }
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(too_big(path));
    }
    let bytes =
        std::fs::read(path).map_err(|err| Error::Io(format!("Could not read {name}: {err}.")))?;
    // The file may have grown since the metadata was read.
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_big(path));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::invalid(format!("{name} is empty.")));
    }
    if bytes.contains(&0) {
        return Err(Error::invalid(format!(
            "{name} looks like a binary file, not text."
        )));
    }
    String::from_utf8(bytes).map_err(|err| {
        Error::invalid(format!(
            "{name} is not UTF-8 text (invalid byte at offset {}).",
            err.utf8_error().valid_up_to()
        ))
    })
}

fn too_big(path: &Path) -> Error {
    Error::invalid(format!(
        "{} is larger than 20 MB, the most Claimdesk imports.",
        path.display()
    ))
}
