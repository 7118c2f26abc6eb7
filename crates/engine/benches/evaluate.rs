//! Timing of the engine's hot paths, without a framework: knowledge-base load and one full
//! `evaluate` on a complete answer set. Prints medians; `scripts/bench` runs it.

use std::hint::black_box;
use std::time::{Duration, Instant};

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::{Answer, Engine};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    for _ in 0..runs / 10 {
        black_box(f());
    }
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

/// A complete answer set: every question answered with its first accepted value.
fn complete_answers(engine: &Engine) -> AnswerMap {
    engine
        .kb
        .questions
        .iter()
        .map(|q| {
            let answer = match q.kind {
                legcheck_engine::model::QuestionKind::Number => {
                    Answer::Number(q.min.unwrap_or(0.0))
                }
                legcheck_engine::model::QuestionKind::Multi
                | legcheck_engine::model::QuestionKind::BodyRegions => {
                    Answer::Many(q.option_ids().into_iter().step_by(3).collect())
                }
                _ => Answer::One(q.option_ids()[0].clone()),
            };
            (q.id.clone(), answer)
        })
        .collect()
}

fn main() {
    let load = time(200, || {
        Engine::from_app_copy(legcheck_engine::APP_KNOWLEDGE).expect("knowledge base loads")
    });
    // The load's parts: checking the fetched bytes' hash, then decoding them; compiling the
    // expressions is the rest. The app does all three just after its first paint, when the
    // copy it fetched arrives.
    let check = time(200, || {
        legcheck_engine::check_app_copy(black_box(legcheck_engine::APP_KNOWLEDGE))
    });
    let decode = time(200, || {
        legcheck_engine::decode_knowledge(legcheck_engine::APP_KNOWLEDGE).expect("decodes")
    });
    let engine = Engine::embedded().expect("knowledge base loads");
    let answers = complete_answers(&engine);
    let eval = time(5000, || engine.evaluate(&answers));
    println!(
        "engine: knowledge-base load (the app's copy, {} B) median {:.1} us (of which checking its hash {:.1} us, decoding {:.1} us; the app does all of it after its first paint)",
        legcheck_engine::APP_KNOWLEDGE.len(),
        load.as_secs_f64() * 1e6,
        check.as_secs_f64() * 1e6,
        decode.as_secs_f64() * 1e6
    );
    println!(
        "engine: evaluate (complete answers, {} questions) median {:.1} us",
        answers.len(),
        eval.as_secs_f64() * 1e6
    );
    // The journeys people actually take: every clinical vignette's answers, each evaluated
    // many times; the median and the slowest vignette.
    let mut per_vignette: Vec<(Duration, String)> = vignettes()
        .into_iter()
        .map(|(name, answers)| (time(500, || engine.evaluate(&answers)), name))
        .collect();
    per_vignette.sort();
    let (slowest, slowest_name) = per_vignette.last().cloned().unwrap();
    println!(
        "engine: evaluate ({} vignette journeys) median {:.1} us, slowest {:.1} us ({slowest_name})",
        per_vignette.len(),
        per_vignette[per_vignette.len() / 2].0.as_secs_f64() * 1e6,
        slowest.as_secs_f64() * 1e6
    );
}

/// Each vignette's name and answers (tests/vignettes/*.toml).
fn vignettes() -> Vec<(String, AnswerMap)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut out: Vec<(String, AnswerMap)> = std::fs::read_dir(dir)
        .expect("tests/vignettes")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.strip_suffix(".toml")?.to_string();
            let v: toml::Value = toml::from_str(&std::fs::read_to_string(e.path()).ok()?).ok()?;
            let answers = v.get("answers")?.clone().try_into().ok()?;
            Some((name, answers))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
