//! One stable sort for every element type.
//!
//! `slice::sort_by` is compiled anew for each element type and comparison
//! (driftsort with its small-sort and merge helpers, about 7 KB of
//! WebAssembly each time). The few stable sorts of a page's marks, pieces and
//! entities are of short lists, off the per-token path, so they share one
//! small merge sort of `u32` indices with the comparison behind a `dyn`, and
//! the elements are moved into their sorted places afterwards. A stable sort
//! has one answer, so the order is the same as `sort_by`'s.

use std::cmp::Ordering;

/// Sort `v` by `cmp`, keeping equal elements in their order (as
/// `slice::sort_by`).
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    // Move each element to its place by following the permutation's cycles,
    // in place: no second copy of the elements (a page can have hundreds of
    // thousands of marks).
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sort `v` by the key `key` gives, keeping elements with equal keys in their
/// order (as `slice::sort_by_key`).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

fn sort_indices(order: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    let mut scratch = order.to_vec();
    merge_sort(order, &mut scratch, cmp);
}

/// Runs this short are sorted by insertion.
const INSERTION_MAX: usize = 16;

/// Top-down merge sort of `v`, with `scratch` (as long as `v`) to merge in.
/// Stable: an element moves ahead of an earlier one only when it compares
/// less. (Ours, not `slice::sort_by`: that is itself generic, and a few
/// hundred bytes do for lists this short.)
fn merge_sort(v: &mut [u32], scratch: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    let n = v.len();
    if n <= INSERTION_MAX {
        for i in 1..n {
            let x = v[i];
            let mut k = i;
            while k > 0 && cmp(v[k - 1], x) == Ordering::Greater {
                v[k] = v[k - 1];
                k -= 1;
            }
            v[k] = x;
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], &mut scratch[..mid], cmp);
    merge_sort(&mut v[mid..], &mut scratch[mid..], cmp);
    if cmp(v[mid - 1], v[mid]) != Ordering::Greater {
        return;
    }
    scratch.copy_from_slice(v);
    let (left, right) = scratch.split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in v.iter_mut() {
        if j < right.len() && (i == left.len() || cmp(right[j], left[i]) == Ordering::Less) {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let mut seed = 7u32;
        for len in [0, 1, 2, 5, 16, 17, 20, 21, 33, 100, 1000, 5000] {
            let v: Vec<(u8, u32)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 24) as u8 % 7, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v;
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
