//! Input types not yet ported to the one reader (issue 13): read from a [`Value`](super::Value)
//! through the serde bridge (`bridge.rs`). Each line goes when its type reads a `Value` itself
//! (`input_struct!` or its own `FromValue`); the bridge goes with the last one.

crate::from_value_via_serde!(
    crate::audience::AudienceState,
    crate::audience::AudienceListing,
    crate::audience::AudiencePlanOptions,
    crate::audience::AudienceTarget,
    crate::audience::OfferInfo,
    crate::audience::SellingPartner,
    crate::audience::SaleOptions,
    crate::audience::lenient::List<crate::input::Loose<crate::audience::Partner>>,
    crate::partner_csv::CsvOptions,
);

/// The CSV text: a string of any size (shape `$`: not capped at the field limit).
impl super::FromValue for crate::partner_csv::CsvText {
    fn from_value(value: super::Value) -> Self {
        use crate::partner_csv::CsvText;
        match value {
            super::Value::Missing | super::Value::Null => CsvText::Missing,
            super::Value::Str(s) => CsvText::Str(s),
            other => CsvText::Invalid(other.kind().unwrap_or(crate::input::ValueKind::Object)),
        }
    }

    fn shape(out: &mut String) {
        out.push('$');
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn from_json(value: Option<&serde_json::Value>) -> Self {
        match value {
            Some(serde_json::Value::String(s)) => crate::partner_csv::CsvText::Str(s.clone()),
            other => Self::from_value(other.map(super::Value::from_json).unwrap_or_default()),
        }
    }
}
