//! The start screen: what LegCheck is and is not, the emergency notice, and Start.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    pub onstart: Callback<()>,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartPageProps) -> Html {
    let onclick = props.onstart.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 tabindex="-1">{ "Check your leg pain or cramps" }</h1>
            <p class="lead">
                { "Answer a few questions and mark where it hurts. LegCheck suggests how soon to \
                   get care, what might be causing it, and what to ask your doctor." }
            </p>
            <p>{ "It is for adults with leg cramps or leg pain." }</p>
            <div class="notice" role="note">
                <p><strong>{ "This is not a diagnosis." }</strong>
                   { " LegCheck is a decision aid. It cannot examine you." }</p>
                <p><strong>{ "In an emergency call your local emergency number." }</strong></p>
            </div>
            <p>{ "Your answers stay on this device." }</p>
            <button class="button button--start" type="button" {onclick}>{ "Start" }</button>
        </>
    }
}
