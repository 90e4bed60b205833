//! The `const fn` builders the tag table is written with.

use blockkit_limits::Limit;

use super::{Arg, Attr, Ctor, Family, InterpMode, Kind, Setter, Slot, SlotKind, Tag, TextPolicy};

pub(crate) const fn attr(name: &'static str, kind: Kind) -> Attr {
    Attr {
        name,
        aliases: &[],
        kind,
        setter: Setter::One(name),
        limit: None,
    }
}

impl Attr {
    pub(crate) const fn limit(mut self, limit: &'static Limit) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A constructor argument with no setter.
    pub(crate) const fn ctor_only(mut self) -> Self {
        self.setter = Setter::None;
        self
    }

    /// A list field: `one` appends one item, the field's own name appends many.
    pub(crate) const fn list(mut self, one: &'static str) -> Self {
        self.setter = Setter::Vec {
            one,
            many: self.name,
        };
        self
    }

    pub(crate) const fn setter(mut self, setter: Setter) -> Self {
        self.setter = setter;
        self
    }

    pub(crate) const fn aliases(mut self, aliases: &'static [&'static str]) -> Self {
        self.aliases = aliases;
        self
    }
}

pub(crate) const fn text_slot(policy: TextPolicy, setter: Setter, required: bool) -> Slot {
    Slot {
        name: "text",
        kind: SlotKind::Text(policy),
        setter,
        required,
        single: false,
        limit: None,
        chars: None,
    }
}

pub(crate) const fn items(
    name: &'static str,
    family: Family,
    tags: &'static [&'static str],
    setter: Setter,
) -> Slot {
    Slot {
        name,
        kind: SlotKind::Items {
            family,
            tags,
            interp: InterpMode::One,
            literal: false,
        },
        setter,
        required: false,
        single: false,
        limit: None,
        chars: None,
    }
}

impl Slot {
    pub(crate) const fn limit(mut self, limit: &'static Limit) -> Self {
        self.limit = Some(limit);
        self
    }

    pub(crate) const fn chars(mut self, limit: &'static Limit) -> Self {
        self.chars = Some(limit);
        self
    }

    pub(crate) const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub(crate) const fn single(mut self) -> Self {
        self.single = true;
        self
    }

    pub(crate) const fn literal(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            interp,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp,
                literal: true,
            };
        }
        self
    }

    pub(crate) const fn blocks(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            literal,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp: InterpMode::Blocks,
                literal,
            };
        }
        self
    }

    pub(crate) const fn no_interp(mut self) -> Self {
        if let SlotKind::Items {
            family,
            tags,
            literal,
            ..
        } = self.kind
        {
            self.kind = SlotKind::Items {
                family,
                tags,
                interp: InterpMode::No,
                literal,
            };
        }
        self
    }
}

pub(crate) const fn ctor(func: &'static str, args: &'static [Arg]) -> Ctor {
    Ctor {
        func,
        args,
        literal_only: false,
    }
}

pub(crate) const NEW: &[Ctor] = &[ctor("new", &[])];

pub(crate) const fn tag(name: &'static str, family: Family, ty: &'static str) -> Tag {
    Tag {
        name,
        family,
        ty,
        ctors: NEW,
        attrs: &[],
        slots: &[],
        forbidden_on: &[],
        unavailable: None,
        one_of: &[],
    }
}

impl Tag {
    pub(crate) const fn ctors(mut self, ctors: &'static [Ctor]) -> Self {
        self.ctors = ctors;
        self
    }

    pub(crate) const fn attrs(mut self, attrs: &'static [Attr]) -> Self {
        self.attrs = attrs;
        self
    }

    pub(crate) const fn slots(mut self, slots: &'static [Slot]) -> Self {
        self.slots = slots;
        self
    }

    pub(crate) const fn forbidden_on(mut self, surfaces: &'static [&'static str]) -> Self {
        self.forbidden_on = surfaces;
        self
    }

    pub(crate) const fn unavailable(mut self, why: &'static str) -> Self {
        self.unavailable = Some(why);
        self
    }

    pub(crate) const fn one_of(mut self, names: &'static [&'static str]) -> Self {
        self.one_of = names;
        self
    }
}
