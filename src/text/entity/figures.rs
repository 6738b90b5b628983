//! Dates ("5 June 2024", "last week", "the 1990s") and figures ("at least
//! 3,000", "12 per cent") in the tokens no name holds.

use super::scan::Scan;
use crate::text::data;
use crate::text::types::Kind;

pub(crate) fn dates_and_numbers(scan: &mut Scan) {
    let toks = scan.toks;
    let text = scan.text;
    let digits = |t: usize, n: std::ops::RangeInclusive<usize>| {
        let s = toks[t].as_str(text);
        n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    // "7:11 AM": an "AM" the tagger took for a name is the time's.
    scan.out.retain(|c| {
        let t = c.first();
        let meridiem = c.last() == t + 1
            && ["am", "pm", "a.m.", "p.m."]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(toks[t].as_str(text)));
        !(meridiem
            && t >= 3
            && digits(t - 1, 2..=2)
            && toks[t - 2].as_str(text) == ":"
            && digits(t - 3, 1..=2))
    });
    let mut covered = vec![false; toks.len()];
    for c in &scan.out {
        covered[c.first()..c.last()]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    // Is token `i` one of these lower-case words, in any case?
    let among = |list: &[&str], i: usize| {
        let w = toks[i].as_str(scan.text);
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    };
    let is = |i: usize, x: &str| toks[i].as_str(scan.text).eq_ignore_ascii_case(x);
    let mut i = 0;
    let mut found: Vec<(usize, usize, Kind)> = Vec::new();
    while i < toks.len() {
        if covered[i] || !toks[i].is_word() {
            i += 1;
            continue;
        }
        let w = scan.s(i);
        // Weekdays, months with day and year.
        let num_at = |j: usize| toks.get(j).is_some_and(|t| t.has_digit() && t.is_word());
        // Weekdays and months are capitalised: one lookup for the rest.
        let class = if toks[i].is_capitalised() {
            data::class(w)
        } else {
            data::Class::default()
        };
        let ambiguous = toks[i].is_capitalised() && data::AMBIGUOUS_MONTHS.contains(&w);
        // An abbreviation's full stop before the day: "Dec. 1".
        let dot = (class.any(data::Class::MONTH) || ambiguous)
            && !class.any(data::Class::FULL_MONTH)
            && toks
                .get(i + 1)
                .is_some_and(|t| !t.has_space_before() && t.as_str(scan.text) == ".")
            && num_at(i + 2);
        let next_is_num = num_at(i + 1) || dot;
        let prev_among = |list: &[&str]| i > 0 && among(list, i - 1);
        let month_ok = (class.any(data::Class::MONTH)
            && (w != "May"
                || next_is_num
                || prev_among(&data::YEAR_CUES)
                || prev_among(&data::RELATIVE_DATE_HEADS))
            && (class.any(data::Class::FULL_MONTH) || next_is_num))
            || (ambiguous && next_is_num);
        if class.any(data::Class::WEEKDAY) || month_ok {
            let mut a = i;
            let mut b = i + 1 + usize::from(dot && month_ok);
            // "5 June", "June 5", ", 2024"
            if a > 0
                && toks[a - 1].has_digit()
                && toks[a - 1].as_str(scan.text).len() <= 2
                && !covered[a - 1]
                && month_ok
            {
                a -= 1;
            }
            if b < toks.len()
                && toks[b].has_digit()
                && toks[b].as_str(scan.text).len() <= 4
                && month_ok
            {
                b += 1;
            }
            if b + 1 < toks.len() && scan.s(b) == "," && is_year(scan.s(b + 1)) && month_ok {
                b += 2;
            } else if b < toks.len() && is_year(scan.s(b)) && month_ok {
                b += 1;
            }
            found.push((a, b, Kind::Date));
            i = b;
            continue;
        }
        // Relative dates.
        if among(&data::RELATIVE_DAYS, i) {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        if among(&data::RELATIVE_DATE_HEADS, i)
            && i + 1 < toks.len()
            && among(&data::RELATIVE_DATE_TAILS, i + 1)
        {
            let a = if prev_among(&data::RELATIVE_DATE_LEADS) {
                i - 1
            } else {
                i
            };
            found.push((a, i + 2, Kind::Date));
            i += 2;
            continue;
        }
        // Years after a cue word.
        if is_year(w) && prev_among(&data::YEAR_CUES) {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        // Decades: "the 1990s", "’90s".
        if w.len() >= 3
            && w.ends_with('s')
            && w[..w.len() - 1].bytes().all(|c| c.is_ascii_digit())
            && w[..w.len() - 1].ends_with('0')
        {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        // Times of day, one mention, not two figures: "7:11", "7:11 AM".
        if digits(i, 1..=2)
            && i + 2 < toks.len()
            && scan.s(i + 1) == ":"
            && digits(i + 2, 2..=2)
            && !toks[i + 1].has_space_before()
            && !toks[i + 2].has_space_before()
            && !covered[i + 2]
        {
            let mut b = i + 3;
            if b < toks.len() && !covered[b] && among(&["am", "pm", "a.m.", "p.m."], b) {
                b += 1;
            }
            found.push((i, b, Kind::Date));
            i = b;
            continue;
        }
        // Figures.
        if toks[i].has_digit() && w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let mut a = i;
            if a > 0 && matches!(scan.s(a - 1), "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}") {
                a -= 1;
            }
            for q in data::NUMBER_QUALIFIERS {
                let n = q.len();
                if a >= n && (0..n).all(|k| is(a - n + k, q[k])) && !covered[a - n] {
                    a -= n;
                    break;
                }
            }
            let mut b = i + 1;
            while b < toks.len() && among(&data::NUMBER_UNITS, b) {
                if is(b, "per") {
                    if b + 1 < toks.len() && is(b + 1, "cent") {
                        b += 2;
                        continue;
                    }
                    break;
                }
                b += 1;
            }
            found.push((a, b, Kind::Number));
            i = b;
            continue;
        }
        i += 1;
    }
    for (a, b, kind) in found {
        scan.push(a, b, kind);
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s.starts_with("19") || s.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;
    use crate::text::types::Kind;

    #[test]
    fn dates_and_figures() {
        let f =
            found("On Tuesday at least 2,500 people came, up 12 per cent since 2019, in March.");
        let want = [
            ("Tuesday", Kind::Date),
            ("at least 2,500", Kind::Number),
            ("12 per cent", Kind::Number),
            ("2019", Kind::Date),
            ("March", Kind::Date),
        ];
        assert_eq!(f, want.map(|(s, k)| (s.to_string(), k)));
    }

    #[test]
    fn a_time_of_day_is_one_mention() {
        let f = found("The polls closed at 7:11 PM, and at 19:30 the count began at 7:40 AM.");
        assert!(f.contains(&("7:40 AM".to_string(), Kind::Date)), "{f:?}");
        assert!(f.contains(&("7:11 PM".to_string(), Kind::Date)), "{f:?}");
        assert!(f.contains(&("19:30".to_string(), Kind::Date)), "{f:?}");
        assert!(
            !f.iter().any(|(t, _)| t == "7" || t == "11" || t == "PM"),
            "{f:?}"
        );
    }

    #[test]
    fn may_is_a_month_after_a_cue_and_abbreviations_need_a_day() {
        let f = found("Talks resume in May. Jan went home on Jan 5.");
        assert!(f.contains(&("May".to_string(), Kind::Date)), "{f:?}");
        assert!(f.contains(&("Jan 5".to_string(), Kind::Date)), "{f:?}");
        assert!(!f.contains(&("Jan".to_string(), Kind::Date)), "{f:?}");
    }

    #[test]
    fn an_abbreviated_month_with_its_full_stop_or_short_form_is_a_date() {
        let f = found("It fell on Dec. 1, 2016, and again on Mar 9, 2018. Mar and Jun met.");
        assert!(
            f.contains(&("Dec. 1, 2016".to_string(), Kind::Date)),
            "{f:?}"
        );
        assert!(
            f.contains(&("Mar 9, 2018".to_string(), Kind::Date)),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(t, k)| *k == Kind::Date && (t == "Mar" || t == "Jun")),
            "{f:?}"
        );
    }
}
