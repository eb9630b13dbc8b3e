//! [`string_enum!`]: an enum whose values travel as strings (issue codes, statuses, event types,
//! roles), each wire name written once, beside its variant.

/// Defines a fieldless enum from `Variant = "wire name"` pairs, with:
///
/// - `ALL`: every value, in declaration order;
/// - `name()`: the wire name (also what `Display` writes);
/// - `parse(s)`: the value of a wire name, surrounding whitespace ignored (`None` for another string);
/// - `Serialize` as the wire name, `Deserialize` from it (an unknown name is serde's `unknown_variant`);
/// - the wire names for TypeScript: a `#[serde(rename)]` on each variant, which the enum's
///   `#[derive(Tsify)]` reads (in wasm, where that derive — required there — declares the attribute).
///
/// The enum's own attributes and derives (`Debug`, `Clone`, `Copy`, `PartialEq`, `Tsify`…) are
/// written as usual, without `Serialize`/`Deserialize`.
///
/// ```ignore
/// string_enum! {
///     /// Who performs an action in Partner Center.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
///     pub enum ActorRole {
///         GlobalAdmin = "globalAdmin",
///         Admin = "admin",
///         User = "user",
///     }
/// }
/// ```
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* #[cfg_attr(target_arch = "wasm32", serde(rename = $wire))] $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($wire),*].len()] = [$($name::$variant),*];

            /// The wire name (the JS and JSON value).
            pub const fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $wire, )*
                }
            }

            /// The value of a wire name, surrounding whitespace ignored; `None` for another string.
            pub fn parse(s: &str) -> Option<$name> {
                match s.trim() {
                    $( $wire => Some($name::$variant), )*
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::ALL
                    .into_iter()
                    .find(|v| v.name() == s)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&s, &[$($wire),*]))
            }
        }
    };
}
pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    string_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        enum Role {
            GlobalAdmin = "globalAdmin",
            User = "user",
        }
    }

    #[test]
    fn string_enum_names_parse_and_serde_agree() {
        assert_eq!(Role::ALL, [Role::GlobalAdmin, Role::User]);
        for role in Role::ALL {
            assert_eq!(Role::parse(role.name()), Some(role));
            assert_eq!(role.to_string(), role.name());
            let json = serde_json::to_value(role).unwrap();
            assert_eq!(json, serde_json::json!(role.name()));
            assert_eq!(serde_json::from_value::<Role>(json).unwrap(), role);
        }
        assert_eq!(Role::parse(" globalAdmin "), Some(Role::GlobalAdmin));
        assert_eq!(Role::parse("GlobalAdmin"), None);
        assert!(serde_json::from_value::<Role>(serde_json::json!("admin")).is_err());
        assert!(serde_json::from_str::<Role>("\"user\"").is_ok());
    }
}
