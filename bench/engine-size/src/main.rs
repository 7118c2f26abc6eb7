//! The clinical engine alone, compiled to wasm with the app's release profile: what the engine
//! (knowledge base, rules, serde_json) costs, measured by `scripts/bench`.

fn main() {
    let engine = legcheck_engine::Engine::embedded().expect("the knowledge base loads");
    let doc = engine
        .decode(r#"{"answers": {}}"#)
        .expect("a valid document");
    std::hint::black_box(engine.evaluate(&doc.answers));
}
