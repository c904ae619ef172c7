//! Topic profiles: an explicit central question, read from JSON or TOML.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::{Error, TopicProfile};

/// The file format, shared by JSON and TOML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    name: Option<String>,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    cues: BTreeMap<String, f64>,
}

impl RawProfile {
    fn validate(self) -> Result<TopicProfile, Error> {
        if self.terms.is_empty() && self.cues.is_empty() {
            return Err(Error::invalid_profile("a topic profile needs at least one of `terms` and `cues`"));
        }
        let mut terms = Vec::with_capacity(self.terms.len());
        for t in self.terms {
            let t = t.trim();
            if t.is_empty() {
                return Err(Error::invalid_profile("a term in `terms` is empty"));
            }
            terms.push(t.to_string());
        }
        let mut cues = Vec::with_capacity(self.cues.len());
        for (phrase, w) in self.cues {
            let phrase = phrase.trim().to_lowercase();
            if phrase.is_empty() {
                return Err(Error::invalid_profile("a phrase in `cues` is empty"));
            }
            if !w.is_finite() || w == 0.0 || w.abs() > 1.0 {
                return Err(Error::invalid_profile(format!(
                    "the weight of cue {phrase:?} must lie in [-1, 1] and not be 0, not {w}"
                )));
            }
            cues.push((phrase, w));
        }
        Ok(TopicProfile { name: self.name.filter(|n| !n.trim().is_empty()), terms, cues })
    }
}

pub(crate) fn from_json(text: &str) -> Result<TopicProfile, Error> {
    let raw: RawProfile = serde_json::from_str(text)
        .map_err(|e| Error::invalid_profile(format!("the topic profile is not valid: {e}")))?;
    raw.validate()
}

pub(crate) fn from_toml(text: &str) -> Result<TopicProfile, Error> {
    let raw: RawProfile = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        Error::invalid_profile(format!("the topic profile is not valid: {msg}"))
    })?;
    raw.validate()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn reads_json_and_toml_alike() {
        let json = r#"{"name": "harbour bridge", "terms": ["bridge", "harbour"],
                       "cues": {"on budget": 0.5, "over budget": -0.6}}"#;
        let toml = "name = \"harbour bridge\"\nterms = [\"bridge\", \"harbour\"]\n\
                    [cues]\n\"on budget\" = 0.5\n\"over budget\" = -0.6\n";
        let a = from_json(json).unwrap();
        let b = from_toml(toml).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.name.as_deref(), Some("harbour bridge"));
        assert_eq!(a.cues, vec![("on budget".to_string(), 0.5), ("over budget".to_string(), -0.6)]);
    }

    #[test]
    fn rejects_empty_or_odd_profiles() {
        for bad in [
            "{}",
            "not json",
            r#"{"terms": [""]}"#,
            r#"{"cues": {"boon": 2.0}}"#,
            r#"{"cues": {"boon": 0}}"#,
            r#"{"terms": ["x"], "colour": "red"}"#,
        ] {
            let err = from_json(bad).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::InvalidProfile, "{bad}");
            assert!(!err.to_string().is_empty());
        }
        assert!(from_toml("terms = 3").is_err());
    }
}
