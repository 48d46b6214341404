# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pyqa_global_optspecs
    string join \n color= width= no-pager deck= h/help V/version
end

function __fish_pyqa_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pyqa_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pyqa_using_subcommand
    set -l cmd (__fish_pyqa_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pyqa -n "__fish_pyqa_needs_command" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_needs_command" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_needs_command" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_needs_command" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_needs_command" -s h -l help -d 'Print help'
complete -c pyqa -n "__fish_pyqa_needs_command" -s V -l version -d 'Print version'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "browse" -d 'Search as you type, with a preview (also `pyqa` alone on a terminal)'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "pick" -d 'Search as you type; Enter prints the chosen question\'s number'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "quiz" -d 'Practise with spaced repetition: questions you miss come back sooner'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "topics" -d 'List the topics with their question counts'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "check" -d 'Check deck files for problems, one `FILE:LINE: message` each'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "edit" -d 'Open a question of your decks in your editor, at its line'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "paths" -d 'Print where pyqa looks for decks and keeps its cache and progress'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "show" -d 'Show answers in full'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "related" -d 'List the questions most like question N'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "search" -d 'Search the questions, best match first'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "random" -d 'Show one question at random, for practice'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "list" -d 'List the questions, by topic'
complete -c pyqa -n "__fish_pyqa_needs_command" -f -a "export" -d 'Write a deck (or one topic) as one Markdown, JSON or Anki document'
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one); Tab changes it' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand browse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one); Tab changes it' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand pick" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l from -d 'Only questions of this deck (`python` is the built-in set)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -s n -l count -d 'How many questions in this session' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l new -d 'At most this many new questions a day (due ones always come first)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l retention -d 'The chance of recalling a card when it comes due (0.7 to 0.99)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l stats -d 'Show per topic: questions, new, learning, due today, due this week, retention over the last 30 days, instead of quizzing'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l json -d 'With --stats: print the statistics as a JSON array'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l cram -d 'Practise the chosen questions even when none is due, weakest first (lowest chance of recall, then never answered); the answers are logged as cram and change no schedule'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l type -d 'Type your answer before seeing the model answer, then see which of its key points you covered and a suggested rating (Enter accepts it)'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand quiz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -l json -d 'Print the topics as a JSON array'
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand topics" -s h -l help -d 'Print help'
complete -c pyqa -n "__fish_pyqa_using_subcommand check" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand check" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand check" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand check" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand edit" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand edit" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand edit" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand edit" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand paths" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand paths" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand paths" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand paths" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand paths" -s h -l help -d 'Print help'
complete -c pyqa -n "__fish_pyqa_using_subcommand completions" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand completions" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand completions" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand completions" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand man" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand man" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand man" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand man" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "search" -d 'Search the questions, best match first'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "browse" -d 'Search as you type, with a preview (also `pyqa` alone on a terminal)'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "pick" -d 'Search as you type; Enter prints the chosen question\'s number'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "show" -d 'Show answers in full'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "related" -d 'List the questions most like question N'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "random" -d 'Show one question at random, for practice'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "quiz" -d 'Practise with spaced repetition: questions you miss come back sooner'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "list" -d 'List the questions, by topic'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "topics" -d 'List the topics with their question counts'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "export" -d 'Write a deck (or one topic) as one Markdown, JSON or Anki document'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "check" -d 'Check deck files for problems, one `FILE:LINE: message` each'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "edit" -d 'Open a question of your decks in your editor, at its line'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "paths" -d 'Print where pyqa looks for decks and keeps its cache and progress'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c pyqa -n "__fish_pyqa_using_subcommand help; and not __fish_seen_subcommand_from search browse pick show related random quiz list topics export check edit paths completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -s f -l format -d 'Output format; `term` on a terminal, `md` when piped' -r -f -a "term\t'Styled for the terminal'
md\t'GitHub-flavoured Markdown, for notes'
plain\t'Plain text without markup'
json\t'One JSON object per line: number, title, topic, markdown'"
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -l json -d 'Same as `--format json`'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -s n -l limit -d 'The most questions to list' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -l json -d 'Print the questions as a JSON array'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -s h -l help -d 'Print help'
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -s n -l limit -d 'The most results to print' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one)' -r -f -a "functional-programming\t'Functional Programming'
testing\t'Testing'
advanced-networking-system-design\t'Advanced Networking & System Design'
python-internals-security\t'Python Internals & Security'"
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l json -d 'Print the results as a JSON array (with a plain-text `snippet` per hit)'
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -s q -l quiet -d 'Print only the question numbers, one per line'
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l explain -d 'Say first what the query became: the words searched, the words left out, what they were expanded to and what was corrected (with --json: `{"query": {...}, "hits": [...]}`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -s f -l format -d 'Output format; `term` on a terminal, `md` when piped' -r -f -a "term\t'Styled for the terminal'
md\t'GitHub-flavoured Markdown, for notes'
plain\t'Plain text without markup'
json\t'One JSON object per line: number, title, topic, markdown'"
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one)' -r -f -a "functional-programming\t'Functional Programming'
testing\t'Testing'
advanced-networking-system-design\t'Advanced Networking & System Design'
python-internals-security\t'Python Internals & Security'"
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -l json -d 'Same as `--format json`'
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand random" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one)' -r -f -a "functional-programming\t'Functional Programming'
testing\t'Testing'
advanced-networking-system-design\t'Advanced Networking & System Design'
python-internals-security\t'Python Internals & Security'"
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -l json -d 'Print the questions as a JSON array'
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand list" -s h -l help -d 'Print help'
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -l from -d 'The deck to export (default: the built-in set, `python`)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -s f -l format -d 'Output format' -r -f -a "md\t'One Markdown document: `# Topic` sections of `## N. Title` questions'
json\t'One JSON array of `{"deck","number","title","topic","markdown"}`'
anki\t'Anki\'s plain-text notes for `File > Import`: question, answer as HTML, topic as a tag, guid `pyqa/DECK/N`'"
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -l color -d 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -l width -d 'Wrap terminal output to N columns (default: the terminal\'s, `COLUMNS`, 80)' -r
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -l deck -d 'Also use this deck file or folder (repeatable); its questions are `NAME:N`' -r -F
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -s t -l topic -d 'Only questions of this topic (a name, or a unique part of one)' -r -f -a "functional-programming\t'Functional Programming'
testing\t'Testing'
advanced-networking-system-design\t'Advanced Networking & System Design'
python-internals-security\t'Python Internals & Security'"
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -l no-pager -d 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)'
complete -c pyqa -n "__fish_pyqa_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 53 -d 'What are partial functions (`functools.partial`)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 54 -d 'What is memoization? How is it different from caching?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 55 -d 'How do you implement functional pipelines in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 56 -d 'How do you implement tail recursion optimization (since Python doesn’t have it natively)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 57 -d 'Explain higher-order functions with real-world use cases.'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 58 -d 'Differences Between map, filter, reduce, and Comprehensions in Python'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 60 -d 'What are monads in functional programming, and can they be represented in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 62 -d 'What is mocking in Python testing?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 63 -d 'How do you patch dependencies in unit tests (`unittest.mock`)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 64 -d 'What is the difference between integration tests and unit tests?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 66 -d 'What is the difference between `tox` and `pytest`?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 71 -d 'How do you implement a simple REST API in Python without Flask/Django?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 72 -d 'How do you implement WebSockets in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 73 -d 'What is WSGI, and why is it important?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 74 -d 'How do you scale a Python web application to handle millions of requests?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 75 -d 'What are Python’s options for message queues (e.g., RabbitMQ, Kafka)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 76 -d 'How do you implement a distributed task queue in Python (like Celery)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 77 -d 'What is the difference between sync and async web frameworks in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 78 -d 'How do you handle retries and backoff in Python services?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 79 -d 'What is the role of uvicorn and gunicorn in Python web apps?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 80 -d 'How do you implement rate limiting in a Python API?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 81 -d 'How do you implement your own context manager without using with?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 83 -d 'What is the difference between __new__ and __init__?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 86 -d 'What is the difference between eval() and exec()? Why are they dangerous?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 87 -d 'How do you sandbox untrusted Python code?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 88 -d 'How do you secure a Python application against code injection attacks?'
complete -c pyqa -n "__fish_pyqa_using_subcommand show" -f -a 89 -d 'How do you optimize Python for multi-core CPUs given the GIL'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 53 -d 'What are partial functions (`functools.partial`)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 54 -d 'What is memoization? How is it different from caching?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 55 -d 'How do you implement functional pipelines in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 56 -d 'How do you implement tail recursion optimization (since Python doesn’t have it natively)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 57 -d 'Explain higher-order functions with real-world use cases.'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 58 -d 'Differences Between map, filter, reduce, and Comprehensions in Python'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 60 -d 'What are monads in functional programming, and can they be represented in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 62 -d 'What is mocking in Python testing?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 63 -d 'How do you patch dependencies in unit tests (`unittest.mock`)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 64 -d 'What is the difference between integration tests and unit tests?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 66 -d 'What is the difference between `tox` and `pytest`?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 71 -d 'How do you implement a simple REST API in Python without Flask/Django?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 72 -d 'How do you implement WebSockets in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 73 -d 'What is WSGI, and why is it important?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 74 -d 'How do you scale a Python web application to handle millions of requests?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 75 -d 'What are Python’s options for message queues (e.g., RabbitMQ, Kafka)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 76 -d 'How do you implement a distributed task queue in Python (like Celery)?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 77 -d 'What is the difference between sync and async web frameworks in Python?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 78 -d 'How do you handle retries and backoff in Python services?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 79 -d 'What is the role of uvicorn and gunicorn in Python web apps?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 80 -d 'How do you implement rate limiting in a Python API?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 81 -d 'How do you implement your own context manager without using with?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 83 -d 'What is the difference between __new__ and __init__?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 86 -d 'What is the difference between eval() and exec()? Why are they dangerous?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 87 -d 'How do you sandbox untrusted Python code?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 88 -d 'How do you secure a Python application against code injection attacks?'
complete -c pyqa -n "__fish_pyqa_using_subcommand related" -f -a 89 -d 'How do you optimize Python for multi-core CPUs given the GIL'
