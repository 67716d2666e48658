//! Static content as a component prop.

/// A piece of static content (a module, a question) passed as a prop.
/// Compared by address: content is compiled in and never changes, so two
/// props are equal exactly when they point at the same item.
pub struct Vast<T: 'static>(pub &'static T);

impl<T> Clone for Vast<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Vast<T> {}

impl<T> PartialEq for Vast<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
