
use builtin;
use str;

set edit:completion:arg-completer[pyqa] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pyqa'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pyqa'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand browse 'Search as you type, with a preview (also `pyqa` alone on a terminal)'
            cand pick 'Search as you type; Enter prints the chosen question''s number'
            cand quiz 'Practise with spaced repetition: questions you miss come back sooner'
            cand topics 'List the topics with their question counts'
            cand check 'Check deck files for problems, one `FILE:LINE: message` each'
            cand edit 'Open a question of your decks in your editor, at its line'
            cand paths 'Print where pyqa looks for decks and keeps its cache and progress'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
            cand show 'Show answers in full'
            cand related 'List the questions most like question N'
            cand search 'Search the questions, best match first'
            cand random 'Show one question at random, for practice'
            cand list 'List the questions, by topic'
            cand export 'Write a deck (or one topic) as one Markdown, JSON or Anki document'
        }
        &'pyqa;browse'= {
            cand -t 'Only questions of this topic (a name, or a unique part of one); Tab changes it'
            cand --topic 'Only questions of this topic (a name, or a unique part of one); Tab changes it'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;pick'= {
            cand -t 'Only questions of this topic (a name, or a unique part of one); Tab changes it'
            cand --topic 'Only questions of this topic (a name, or a unique part of one); Tab changes it'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;quiz'= {
            cand -t 'Only questions of this topic (a name, or a unique part of one)'
            cand --topic 'Only questions of this topic (a name, or a unique part of one)'
            cand --from 'Only questions of this deck (`python` is the built-in set)'
            cand -n 'How many questions in this session'
            cand --count 'How many questions in this session'
            cand --new 'At most this many new questions a day (due ones always come first)'
            cand --retention 'The chance of recalling a card when it comes due (0.7 to 0.99)'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --stats 'Show per topic: questions, new, learning, due today, due this week, retention over the last 30 days, instead of quizzing'
            cand --json 'With --stats: print the statistics as a JSON array'
            cand --cram 'Practise the chosen questions even when none is due, weakest first (lowest chance of recall, then never answered); the answers are logged as cram and change no schedule'
            cand --type 'Type your answer before seeing the model answer, then see which of its key points you covered and a suggested rating (Enter accepts it)'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;topics'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --json 'Print the topics as a JSON array'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pyqa;check'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;edit'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;paths'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pyqa;completions'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;man'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;help'= {
            cand search 'Search the questions, best match first'
            cand browse 'Search as you type, with a preview (also `pyqa` alone on a terminal)'
            cand pick 'Search as you type; Enter prints the chosen question''s number'
            cand show 'Show answers in full'
            cand related 'List the questions most like question N'
            cand random 'Show one question at random, for practice'
            cand quiz 'Practise with spaced repetition: questions you miss come back sooner'
            cand list 'List the questions, by topic'
            cand topics 'List the topics with their question counts'
            cand export 'Write a deck (or one topic) as one Markdown, JSON or Anki document'
            cand check 'Check deck files for problems, one `FILE:LINE: message` each'
            cand edit 'Open a question of your decks in your editor, at its line'
            cand paths 'Print where pyqa looks for decks and keeps its cache and progress'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pyqa;help;search'= {
        }
        &'pyqa;help;browse'= {
        }
        &'pyqa;help;pick'= {
        }
        &'pyqa;help;show'= {
        }
        &'pyqa;help;related'= {
        }
        &'pyqa;help;random'= {
        }
        &'pyqa;help;quiz'= {
        }
        &'pyqa;help;list'= {
        }
        &'pyqa;help;topics'= {
        }
        &'pyqa;help;export'= {
        }
        &'pyqa;help;check'= {
        }
        &'pyqa;help;edit'= {
        }
        &'pyqa;help;paths'= {
        }
        &'pyqa;help;completions'= {
        }
        &'pyqa;help;man'= {
        }
        &'pyqa;help;help'= {
        }
        &'pyqa;show'= {
            cand -f 'Output format; `term` on a terminal, `md` when piped'
            cand --format 'Output format; `term` on a terminal, `md` when piped'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --json 'Same as `--format json`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;related'= {
            cand -n 'The most questions to list'
            cand --limit 'The most questions to list'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand --json 'Print the questions as a JSON array'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pyqa;search'= {
            cand -n 'The most results to print'
            cand --limit 'The most results to print'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand -t 'Only questions of this topic (a name, or a unique part of one)'
            cand --topic 'Only questions of this topic (a name, or a unique part of one)'
            cand --json 'Print the results as a JSON array (with a plain-text `snippet` per hit)'
            cand -q 'Print only the question numbers, one per line'
            cand --quiet 'Print only the question numbers, one per line'
            cand --explain 'Say first what the query became: the words searched, the words left out, what they were expanded to and what was corrected (with --json: `{"query": {...}, "hits": [...]}`)'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;random'= {
            cand -f 'Output format; `term` on a terminal, `md` when piped'
            cand --format 'Output format; `term` on a terminal, `md` when piped'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand -t 'Only questions of this topic (a name, or a unique part of one)'
            cand --topic 'Only questions of this topic (a name, or a unique part of one)'
            cand --json 'Same as `--format json`'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pyqa;list'= {
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand -t 'Only questions of this topic (a name, or a unique part of one)'
            cand --topic 'Only questions of this topic (a name, or a unique part of one)'
            cand --json 'Print the questions as a JSON array'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'pyqa;export'= {
            cand --from 'The deck to export (default: the built-in set, `python`)'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never'
            cand --width 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)'
            cand --deck 'Also use this deck file or folder (repeatable); its questions are `NAME:N`'
            cand -t 'Only questions of this topic (a name, or a unique part of one)'
            cand --topic 'Only questions of this topic (a name, or a unique part of one)'
            cand --no-pager 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
    ]
    $completions[$command]
}
