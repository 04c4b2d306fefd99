//! Seed 004's `nn.rs`, as written, minus the `rand` crate: the initial weights and
//! biases are passed in (read from the workload files) instead of drawn here, and the
//! per-epoch progress print is dropped. The algorithm is unchanged: for every sample,
//! every parameter's derivative is a central difference of two full forward passes,
//! then all parameters are updated; the overall loss is recorded after each epoch.

pub struct NN {
    #[allow(dead_code)]
    layers: Vec<usize>,
    wts: Vec<(usize, usize)>,
    w_size: usize,
    w: Vec<f64>,
    b: Vec<f64>,
    pub losses: Vec<f64>,
}

impl NN {
    pub fn new(layers: Vec<usize>, w: Vec<f64>, b: Vec<f64>) -> Self {
        let mut wts = Vec::with_capacity(layers.len() - 1);
        let mut w_size = 0;
        for i in 0..layers.len() - 1 {
            let temp = layers[i..2 + i].to_vec();
            w_size += temp[0] * temp[1];
            wts.push((temp[1], temp[0]));
        }
        assert_eq!(w.len(), w_size, "weight count does not match the layer sizes");
        assert_eq!(b.len(), layers.len() - 1, "one bias per layer expected");
        Self { layers, wts, w_size, w, b, losses: vec![] }
    }

    pub fn forward(&self, x: &Vec<f64>) -> Vec<f64> {
        let mut temp_x = x.clone();
        let mut shift = 0;
        for (index, (r, c)) in self.wts.iter().enumerate() {
            let mut z = Vec::with_capacity(*r);
            for i in 0..*r {
                let mut s = 0.0;
                for j in 0..*c {
                    s += temp_x[j] * self.w[shift + i * c + j];
                }
                s += self.b[index];
                z.push(s);
            }
            shift += r * c;
            temp_x = z;
        }
        temp_x
    }

    fn forward_w(&self, x: &Vec<f64>, w: &Vec<f64>, b: &Vec<f64>, wi: usize, h: f64) -> Vec<f64> {
        let mut temp_x = x.clone();
        let mut shift = 0;
        for (index, (r, c)) in self.wts.iter().enumerate() {
            let mut z = Vec::with_capacity(*r);
            for i in 0..*r {
                let mut s = 0.0;
                for j in 0..*c {
                    if wi == shift + i * c + j {
                        s += temp_x[j] * (w[shift + i * c + j] + h);
                    } else {
                        s += temp_x[j] * w[shift + i * c + j];
                    }
                }
                s += b[index];
                z.push(s);
            }
            shift += r * c;
            temp_x = z;
        }
        temp_x
    }

    fn forward_b(&self, x: &Vec<f64>, w: &Vec<f64>, b: &Vec<f64>, bi: usize, h: f64) -> Vec<f64> {
        let mut temp_x = x.clone();
        let mut shift = 0;
        for (index, (r, c)) in self.wts.iter().enumerate() {
            let mut z = Vec::with_capacity(*r);
            for i in 0..*r {
                let mut s = 0.0;
                for j in 0..*c {
                    s += temp_x[j] * w[shift + i * c + j];
                }
                if index == bi {
                    s += b[index] + h;
                } else {
                    s += b[index];
                }
                z.push(s);
            }
            shift += r * c;
            temp_x = z;
        }
        temp_x
    }

    pub fn predict(&self, x: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
        x.iter().map(|i| self.forward(i)).collect()
    }

    fn loss(&self, yt: &Vec<f64>, y: &Vec<f64>) -> f64 {
        let mut l = 0.0;
        for i in 0..yt.len() {
            l += (yt[i] - y[i]).powi(2);
        }
        l /= yt.len() as f64;
        l
    }

    pub fn overall_loss(&self, yt: &Vec<Vec<f64>>, y: &Vec<Vec<f64>>) -> f64 {
        let mut l = 0.0;
        for i in 0..yt.len() {
            for j in 0..yt[0].len() {
                l += (yt[i][j] - y[i][j]).powi(2);
            }
        }
        l /= (yt.len() * yt[0].len()) as f64;
        l
    }

    pub fn fit(&mut self, x: &Vec<Vec<f64>>, y: &Vec<Vec<f64>>, epochs: usize, h: f64, lr: f64) {
        for _epoch in 0..epochs {
            for xi in 0..x.len() {
                let mut dw = Vec::with_capacity(self.w_size);
                for wi in 0..self.w_size {
                    let dwi = (self.loss(&y[xi], &self.forward_w(&x[xi], &self.w, &self.b, wi, h))
                        - self.loss(&y[xi], &self.forward_w(&x[xi], &self.w, &self.b, wi, -h)))
                        / (2.0 * h);
                    dw.push(dwi);
                }
                let mut db = Vec::with_capacity(self.b.len());
                for bi in 0..self.b.len() {
                    let dbi = (self.loss(&y[xi], &self.forward_b(&x[xi], &self.w, &self.b, bi, h))
                        - self.loss(&y[xi], &self.forward_b(&x[xi], &self.w, &self.b, bi, -h)))
                        / (2.0 * h);
                    db.push(dbi);
                }
                for i in 0..dw.len() {
                    self.w[i] -= lr * dw[i];
                }
                for i in 0..db.len() {
                    self.b[i] -= lr * db[i];
                }
            }
            let l = self.overall_loss(&y, &self.predict(x));
            self.losses.push(l);
        }
    }
}
