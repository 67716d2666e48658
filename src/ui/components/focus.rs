//! Focus after a render: for messages and new sections that appear after a click.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// Focus goes to the element with this id after the next render.
pub type FocusNa = Rc<RefCell<Option<&'static str>>>;

#[hook]
pub fn use_focus_na() -> FocusNa {
    let focus_na = use_mut_ref(|| None::<&'static str>);
    {
        let focus_na = focus_na.clone();
        use_effect(move || {
            if let Some(id) = focus_na.borrow_mut().take() {
                crate::services::pagina::focus_op(id);
            }
        });
    }
    focus_na
}
