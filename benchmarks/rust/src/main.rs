//! W4 with seed 004's Rust network: `nn-seed004 W4 <manifest.json>` prints one JSON line.
mod json;
mod nn;

use nn::NN;
use std::path::{Path, PathBuf};
use std::time::Instant;

const CHECKPOINT_EPOCHS: [usize; 5] = [1, 10, 100, 1000, 10000];

fn fail(message: String) -> ! {
    eprintln!("nn-seed004: {}", message);
    std::process::exit(1);
}

/// A raw little-endian float64 file named by a manifest entry {"file", "shape"}.
fn read_array(directory: &Path, entry: &json::Value) -> (Vec<f64>, Vec<usize>) {
    let file = entry.get("file").and_then(|v| v.text()).unwrap_or_else(|| fail("array entry without 'file'".into()));
    let shape: Vec<usize> = entry
        .get("shape")
        .and_then(|v| v.list())
        .unwrap_or_else(|| fail("array entry without 'shape'".into()))
        .iter()
        .map(|v| v.number().unwrap_or_else(|| fail("bad shape".into())) as usize)
        .collect();
    let path = directory.join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| fail(format!("{}: {}", path.display(), e)));
    let count: usize = shape.iter().product();
    if bytes.len() != count * 8 {
        fail(format!("{}: {} bytes, shape {:?} needs {}", path.display(), bytes.len(), shape, count * 8));
    }
    let values = bytes.chunks_exact(8).map(|c| f64::from_le_bytes(c.try_into().unwrap())).collect();
    (values, shape)
}

fn rows(values: Vec<f64>, shape: &[usize]) -> Vec<Vec<f64>> {
    values.chunks(shape[1]).map(|r| r.to_vec()).collect()
}

fn field<'a>(manifest: &'a json::Value, key: &str) -> &'a json::Value {
    manifest.get(key).unwrap_or_else(|| fail(format!("manifest has no '{}'", key)))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 || args[1] != "W4" {
        eprintln!("usage: nn-seed004 W4 <manifest.json>");
        std::process::exit(2);
    }
    let manifest_path = PathBuf::from(&args[2]);
    let text = std::fs::read_to_string(&manifest_path).unwrap_or_else(|e| fail(format!("{}: {}", args[2], e)));
    let manifest = json::parse(&text).unwrap_or_else(|e| fail(format!("{}: {}", args[2], e)));
    let directory = manifest_path.parent().unwrap_or(Path::new("."));

    let layers: Vec<usize> = field(&manifest, "layer_sizes")
        .list()
        .unwrap_or_else(|| fail("layer_sizes is not a list".into()))
        .iter()
        .map(|v| v.number().unwrap() as usize)
        .collect();
    let (x, x_shape) = read_array(directory, field(&manifest, "inputs"));
    let (y, y_shape) = read_array(directory, field(&manifest, "targets"));
    let (w, _) = read_array(directory, field(&manifest, "flat_weights"));
    let (b, _) = read_array(directory, field(&manifest, "flat_biases"));
    let epochs = field(&manifest, "epochs").number().unwrap() as usize;
    let h = field(&manifest, "h").number().unwrap();
    let lr = field(&manifest, "learning_rate").number().unwrap();
    let x = rows(x, &x_shape);
    let y = rows(y, &y_shape);

    let mut nn = NN::new(layers, w, b);
    let start = Instant::now();
    nn.fit(&x, &y, epochs, h, lr);
    let seconds = start.elapsed().as_secs_f64();
    let final_loss = nn.overall_loss(&y, &nn.predict(&x));

    let count = nn.losses.len();
    let mut marks: Vec<usize> = CHECKPOINT_EPOCHS.iter().copied().filter(|&e| e <= count).collect();
    if count > 0 && !marks.contains(&count) {
        marks.push(count);
    }
    let checkpoints: Vec<String> = marks.iter().map(|&e| format!("\"{}\": {:e}", e, nn.losses[e - 1])).collect();
    println!(
        "{{\"workload\": \"W4\", \"impl\": \"rust\", \"seconds\": {:e}, \"final_loss\": {:e}, \"epochs\": {}, \"checkpoints\": {{{}}}}}",
        seconds,
        final_loss,
        count,
        checkpoints.join(", ")
    );
}
