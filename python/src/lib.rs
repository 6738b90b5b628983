//! `article_enrich._native`: the PyO3 front of article-enrich. Like the CLI
//! and the wasm front it only converts types: the analysis is
//! `article_enrich::report::Report` (offsets in code points, which is what
//! Python's `str` indexes), serialised with the same serde derive as the
//! CLI's JSON and turned into plain dicts, lists, strings, ints and None.
//!
//! Every call releases the GIL while the Rust code runs (`Python::detach`),
//! and catches panics: a bug inside the library reaches Python as
//! `article_enrich.InternalError`, never as a panic.

use std::panic::{catch_unwind, AssertUnwindSafe};

use article_enrich::report::Report;
use article_enrich::{Enricher, Error, KindSet, Options, Unit, DEFAULT_MAX_INPUT_BYTES};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;

/// The exception class `name` of `article_enrich.errors`, called with `args`.
fn py_error<'py, A>(py: Python<'py>, name: &str, args: A) -> PyErr
where
    A: pyo3::call::PyCallArgs<'py>,
{
    let made = py
        .import("article_enrich.errors")
        .and_then(|m| m.getattr(name))
        .and_then(|cls| cls.call1(args));
    match made {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// The library's error as the matching Python exception.
fn to_py_err(py: Python<'_>, e: Error) -> PyErr {
    let msg = e.to_string();
    match e {
        Error::InputTooLarge { size, limit } => {
            py_error(py, "InputTooLargeError", (msg, size, limit))
        }
        Error::TooDeep { depth, limit } => py_error(py, "TooDeepError", (msg, depth, limit)),
        Error::TooManyBlocks { count, limit } => {
            py_error(py, "TooManyBlocksError", (msg, count, limit))
        }
        Error::UnknownKind { name } => py_error(py, "UnknownKindError", (msg, name)),
        _ => py_error(py, "ArticleEnrichError", (msg,)),
    }
}

/// Why the work failed: the library said no, or it panicked.
enum Failure {
    Refused(Error),
    Panicked(String),
}

impl Failure {
    fn into_py(self, py: Python<'_>) -> PyErr {
        match self {
            Failure::Refused(e) => to_py_err(py, e),
            Failure::Panicked(what) => py_error(
                py,
                "InternalError",
                (format!(
                    "article-enrich failed inside the library ({what}); this is a bug, please report it with the input"
                ),),
            ),
        }
    }
}

/// Run `f` without the GIL, turning a panic into [`Failure::Panicked`].
fn run<T, F>(py: Python<'_>, f: F) -> PyResult<T>
where
    F: FnOnce() -> Result<T, Error> + Send,
    T: Send,
{
    let res = py.detach(|| {
        catch_unwind(AssertUnwindSafe(f))
            .map_err(|p| {
                let what = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_string());
                Failure::Panicked(what)
            })
            .and_then(|r| r.map_err(Failure::Refused))
    });
    res.map_err(|f| f.into_py(py))
}

/// A JSON value as Python objects: dict, list, str, int, float, bool, None.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let list = PyList::empty(py);
            for x in a {
                list.append(to_py(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(o) => {
            let dict = PyDict::new(py);
            for (k, x) in o {
                dict.set_item(k, to_py(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

/// A limit given from Python: None for the default, else a non-negative int.
fn limit(name: &str, value: Option<i64>, default: usize) -> PyResult<usize> {
    match value {
        None => Ok(default),
        Some(n) if n >= 0 => Ok(n as usize),
        Some(n) => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "{name} must be a non-negative integer, got {n}"
        ))),
    }
}

/// The report of `input` as a JSON value, the GIL released.
fn report(py: Python<'_>, input: &str, html: bool, max_input_bytes: usize) -> PyResult<Value> {
    if input.len() > max_input_bytes {
        let what = if html { "html" } else { "text" };
        let msg = format!(
            "{what} is {} bytes of UTF-8, over the limit of {max_input_bytes} bytes (max_input_bytes); it was not analysed",
            input.len()
        );
        return Err(py_error(
            py,
            "InputTooLargeError",
            (msg, input.len(), max_input_bytes),
        ));
    }
    run(py, || {
        let report = if html {
            Report::with_text(&article_enrich::analyze_html(input), Unit::CodePoint)
        } else {
            Report::new(&article_enrich::analyze(input), Unit::CodePoint)
        };
        // The report holds only strings, numbers, bools and nulls.
        Ok(serde_json::to_value(&report).expect("a report is plain data"))
    })
}

/// Analyse plain text: a dict with `entities`, `quotes` and `speakers`, as
/// `article-enrich analyze` prints it. Offsets index `text` (code points).
#[pyfunction]
#[pyo3(signature = (text, *, max_input_bytes = None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &str,
    max_input_bytes: Option<i64>,
) -> PyResult<Bound<'py, PyAny>> {
    let max = limit("max_input_bytes", max_input_bytes, DEFAULT_MAX_INPUT_BYTES)?;
    let v = report(py, text, false, max)?;
    to_py(py, &v)
}

/// Analyse HTML: like `analyze`, plus `text`, the page's text blocks joined
/// by blank lines, which the offsets index.
#[pyfunction]
#[pyo3(signature = (html, *, max_input_bytes = None))]
fn analyze_html<'py>(
    py: Python<'py>,
    html: &str,
    max_input_bytes: Option<i64>,
) -> PyResult<Bound<'py, PyAny>> {
    let max = limit("max_input_bytes", max_input_bytes, DEFAULT_MAX_INPUT_BYTES)?;
    let v = report(py, html, true, max)?;
    to_py(py, &v)
}

/// The kinds to mark: None, a comma-separated string, or a list of strings.
fn kinds_from(kinds: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    let Some(k) = kinds else { return Ok(None) };
    if k.is_none() {
        return Ok(None);
    }
    if let Ok(s) = k.extract::<String>() {
        return Ok(Some(s));
    }
    match k.extract::<Vec<String>>() {
        Ok(v) => Ok(Some(v.join(","))),
        Err(_) => Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "kinds must be a string such as \"person,quote\" or a list of strings, not {}",
            k.get_type().name()?
        ))),
    }
}

/// Enrich article HTML: the page with each mention and quote wrapped in a
/// span. Raises a `LimitError` (the page is not returned) when the input is
/// over a limit, `UnknownKindError` for a kind that does not exist.
#[pyfunction]
#[pyo3(signature = (html, *, kinds = None, max_input_bytes = None, max_depth = None, max_blocks = None))]
fn enrich(
    py: Python<'_>,
    html: &str,
    kinds: Option<&Bound<'_, PyAny>>,
    max_input_bytes: Option<i64>,
    max_depth: Option<i64>,
    max_blocks: Option<i64>,
) -> PyResult<String> {
    let mut options = Options::default()
        .with_max_input_bytes(limit(
            "max_input_bytes",
            max_input_bytes,
            DEFAULT_MAX_INPUT_BYTES,
        )?)
        .with_max_depth(limit(
            "max_depth",
            max_depth,
            article_enrich::DEFAULT_MAX_DEPTH,
        )?)
        .with_max_blocks(limit(
            "max_blocks",
            max_blocks,
            article_enrich::DEFAULT_MAX_BLOCKS,
        )?);
    if let Some(list) = kinds_from(kinds)? {
        options = options.with_kinds(KindSet::parse(&list).map_err(|e| to_py_err(py, e))?);
    }
    let enricher = Enricher::new(options);
    run(py, || enricher.try_enrich(html))
}

/// Remove every span an earlier `enrich` inserted: the page as it was.
#[pyfunction]
fn strip(py: Python<'_>, html: &str) -> PyResult<String> {
    run(py, || {
        Ok(article_enrich::strip(html).unwrap_or_else(|| html.to_string()))
    })
}

/// The version of the Rust library.
#[pyfunction]
fn version() -> &'static str {
    article_enrich::version()
}

/// Test hook: panic inside the library's call path, to show that a panic
/// reaches Python as `InternalError`. Not part of the API.
#[pyfunction]
fn _panic_for_test(py: Python<'_>) -> PyResult<()> {
    run(py, || -> Result<(), Error> { panic!("test panic") })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_html, m)?)?;
    m.add_function(wrap_pyfunction!(enrich, m)?)?;
    m.add_function(wrap_pyfunction!(strip, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_test, m)?)?;
    m.add("DEFAULT_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES)?;
    m.add("DEFAULT_MAX_DEPTH", article_enrich::DEFAULT_MAX_DEPTH)?;
    m.add("DEFAULT_MAX_BLOCKS", article_enrich::DEFAULT_MAX_BLOCKS)?;
    Ok(())
}
