
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pyqa' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pyqa'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pyqa' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Search as you type, with a preview (also `pyqa` alone on a terminal)')
            [CompletionResult]::new('pick', 'pick', [CompletionResultType]::ParameterValue, 'Search as you type; Enter prints the chosen question''s number')
            [CompletionResult]::new('quiz', 'quiz', [CompletionResultType]::ParameterValue, 'Practise with spaced repetition: questions you miss come back sooner')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List the topics with their question counts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check deck files for problems, one `FILE:LINE: message` each')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a question of your decks in your editor, at its line')
            [CompletionResult]::new('paths', 'paths', [CompletionResultType]::ParameterValue, 'Print where pyqa looks for decks and keeps its cache and progress')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show answers in full')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'List the questions most like question N')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the questions, best match first')
            [CompletionResult]::new('random', 'random', [CompletionResultType]::ParameterValue, 'Show one question at random, for practice')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the questions, by topic')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a deck (or one topic) as one Markdown, JSON or Anki document')
            break
        }
        'pyqa;browse' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one); Tab changes it')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one); Tab changes it')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;pick' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one); Tab changes it')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one); Tab changes it')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;quiz' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only questions of this deck (`python` is the built-in set)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many questions in this session')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many questions in this session')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'At most this many new questions a day (due ones always come first)')
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'The chance of recalling a card when it comes due (0.7 to 0.99)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--stats', '--stats', [CompletionResultType]::ParameterName, 'Show per topic: questions, new, learning, due today, due this week, retention over the last 30 days, instead of quizzing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'With --stats: print the statistics as a JSON array')
            [CompletionResult]::new('--cram', '--cram', [CompletionResultType]::ParameterName, 'Practise the chosen questions even when none is due, weakest first (lowest chance of recall, then never answered); the answers are logged as cram and change no schedule')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type your answer before seeing the model answer, then see which of its key points you covered and a suggested rating (Enter accepts it)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;topics' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the topics as a JSON array')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pyqa;check' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;edit' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;paths' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pyqa;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the questions, best match first')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Search as you type, with a preview (also `pyqa` alone on a terminal)')
            [CompletionResult]::new('pick', 'pick', [CompletionResultType]::ParameterValue, 'Search as you type; Enter prints the chosen question''s number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show answers in full')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'List the questions most like question N')
            [CompletionResult]::new('random', 'random', [CompletionResultType]::ParameterValue, 'Show one question at random, for practice')
            [CompletionResult]::new('quiz', 'quiz', [CompletionResultType]::ParameterValue, 'Practise with spaced repetition: questions you miss come back sooner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the questions, by topic')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List the topics with their question counts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a deck (or one topic) as one Markdown, JSON or Anki document')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check deck files for problems, one `FILE:LINE: message` each')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a question of your decks in your editor, at its line')
            [CompletionResult]::new('paths', 'paths', [CompletionResultType]::ParameterValue, 'Print where pyqa looks for decks and keeps its cache and progress')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pyqa;help;search' {
            break
        }
        'pyqa;help;browse' {
            break
        }
        'pyqa;help;pick' {
            break
        }
        'pyqa;help;show' {
            break
        }
        'pyqa;help;related' {
            break
        }
        'pyqa;help;random' {
            break
        }
        'pyqa;help;quiz' {
            break
        }
        'pyqa;help;list' {
            break
        }
        'pyqa;help;topics' {
            break
        }
        'pyqa;help;export' {
            break
        }
        'pyqa;help;check' {
            break
        }
        'pyqa;help;edit' {
            break
        }
        'pyqa;help;paths' {
            break
        }
        'pyqa;help;completions' {
            break
        }
        'pyqa;help;man' {
            break
        }
        'pyqa;help;help' {
            break
        }
        'pyqa;show' {
            [CompletionResult]::new('53', '53', [CompletionResultType]::ParameterValue, 'What are partial functions (`functools.partial`)?')
            [CompletionResult]::new('54', '54', [CompletionResultType]::ParameterValue, 'What is memoization? How is it different from caching?')
            [CompletionResult]::new('55', '55', [CompletionResultType]::ParameterValue, 'How do you implement functional pipelines in Python?')
            [CompletionResult]::new('56', '56', [CompletionResultType]::ParameterValue, 'How do you implement tail recursion optimization (since Python doesn’’t have it natively)?')
            [CompletionResult]::new('57', '57', [CompletionResultType]::ParameterValue, 'Explain higher-order functions with real-world use cases.')
            [CompletionResult]::new('58', '58', [CompletionResultType]::ParameterValue, 'Differences Between map, filter, reduce, and Comprehensions in Python')
            [CompletionResult]::new('60', '60', [CompletionResultType]::ParameterValue, 'What are monads in functional programming, and can they be represented in Python?')
            [CompletionResult]::new('62', '62', [CompletionResultType]::ParameterValue, 'What is mocking in Python testing?')
            [CompletionResult]::new('63', '63', [CompletionResultType]::ParameterValue, 'How do you patch dependencies in unit tests (`unittest.mock`)?')
            [CompletionResult]::new('64', '64', [CompletionResultType]::ParameterValue, 'What is the difference between integration tests and unit tests?')
            [CompletionResult]::new('66', '66', [CompletionResultType]::ParameterValue, 'What is the difference between `tox` and `pytest`?')
            [CompletionResult]::new('71', '71', [CompletionResultType]::ParameterValue, 'How do you implement a simple REST API in Python without Flask/Django?')
            [CompletionResult]::new('72', '72', [CompletionResultType]::ParameterValue, 'How do you implement WebSockets in Python?')
            [CompletionResult]::new('73', '73', [CompletionResultType]::ParameterValue, 'What is WSGI, and why is it important?')
            [CompletionResult]::new('74', '74', [CompletionResultType]::ParameterValue, 'How do you scale a Python web application to handle millions of requests?')
            [CompletionResult]::new('75', '75', [CompletionResultType]::ParameterValue, 'What are Python’’s options for message queues (e.g., RabbitMQ, Kafka)?')
            [CompletionResult]::new('76', '76', [CompletionResultType]::ParameterValue, 'How do you implement a distributed task queue in Python (like Celery)?')
            [CompletionResult]::new('77', '77', [CompletionResultType]::ParameterValue, 'What is the difference between sync and async web frameworks in Python?')
            [CompletionResult]::new('78', '78', [CompletionResultType]::ParameterValue, 'How do you handle retries and backoff in Python services?')
            [CompletionResult]::new('79', '79', [CompletionResultType]::ParameterValue, 'What is the role of uvicorn and gunicorn in Python web apps?')
            [CompletionResult]::new('80', '80', [CompletionResultType]::ParameterValue, 'How do you implement rate limiting in a Python API?')
            [CompletionResult]::new('81', '81', [CompletionResultType]::ParameterValue, 'How do you implement your own context manager without using with?')
            [CompletionResult]::new('83', '83', [CompletionResultType]::ParameterValue, 'What is the difference between __new__ and __init__?')
            [CompletionResult]::new('86', '86', [CompletionResultType]::ParameterValue, 'What is the difference between eval() and exec()? Why are they dangerous?')
            [CompletionResult]::new('87', '87', [CompletionResultType]::ParameterValue, 'How do you sandbox untrusted Python code?')
            [CompletionResult]::new('88', '88', [CompletionResultType]::ParameterValue, 'How do you secure a Python application against code injection attacks?')
            [CompletionResult]::new('89', '89', [CompletionResultType]::ParameterValue, 'How do you optimize Python for multi-core CPUs given the GIL')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format; `term` on a terminal, `md` when piped')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `term` on a terminal, `md` when piped')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `--format json`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;related' {
            [CompletionResult]::new('53', '53', [CompletionResultType]::ParameterValue, 'What are partial functions (`functools.partial`)?')
            [CompletionResult]::new('54', '54', [CompletionResultType]::ParameterValue, 'What is memoization? How is it different from caching?')
            [CompletionResult]::new('55', '55', [CompletionResultType]::ParameterValue, 'How do you implement functional pipelines in Python?')
            [CompletionResult]::new('56', '56', [CompletionResultType]::ParameterValue, 'How do you implement tail recursion optimization (since Python doesn’’t have it natively)?')
            [CompletionResult]::new('57', '57', [CompletionResultType]::ParameterValue, 'Explain higher-order functions with real-world use cases.')
            [CompletionResult]::new('58', '58', [CompletionResultType]::ParameterValue, 'Differences Between map, filter, reduce, and Comprehensions in Python')
            [CompletionResult]::new('60', '60', [CompletionResultType]::ParameterValue, 'What are monads in functional programming, and can they be represented in Python?')
            [CompletionResult]::new('62', '62', [CompletionResultType]::ParameterValue, 'What is mocking in Python testing?')
            [CompletionResult]::new('63', '63', [CompletionResultType]::ParameterValue, 'How do you patch dependencies in unit tests (`unittest.mock`)?')
            [CompletionResult]::new('64', '64', [CompletionResultType]::ParameterValue, 'What is the difference between integration tests and unit tests?')
            [CompletionResult]::new('66', '66', [CompletionResultType]::ParameterValue, 'What is the difference between `tox` and `pytest`?')
            [CompletionResult]::new('71', '71', [CompletionResultType]::ParameterValue, 'How do you implement a simple REST API in Python without Flask/Django?')
            [CompletionResult]::new('72', '72', [CompletionResultType]::ParameterValue, 'How do you implement WebSockets in Python?')
            [CompletionResult]::new('73', '73', [CompletionResultType]::ParameterValue, 'What is WSGI, and why is it important?')
            [CompletionResult]::new('74', '74', [CompletionResultType]::ParameterValue, 'How do you scale a Python web application to handle millions of requests?')
            [CompletionResult]::new('75', '75', [CompletionResultType]::ParameterValue, 'What are Python’’s options for message queues (e.g., RabbitMQ, Kafka)?')
            [CompletionResult]::new('76', '76', [CompletionResultType]::ParameterValue, 'How do you implement a distributed task queue in Python (like Celery)?')
            [CompletionResult]::new('77', '77', [CompletionResultType]::ParameterValue, 'What is the difference between sync and async web frameworks in Python?')
            [CompletionResult]::new('78', '78', [CompletionResultType]::ParameterValue, 'How do you handle retries and backoff in Python services?')
            [CompletionResult]::new('79', '79', [CompletionResultType]::ParameterValue, 'What is the role of uvicorn and gunicorn in Python web apps?')
            [CompletionResult]::new('80', '80', [CompletionResultType]::ParameterValue, 'How do you implement rate limiting in a Python API?')
            [CompletionResult]::new('81', '81', [CompletionResultType]::ParameterValue, 'How do you implement your own context manager without using with?')
            [CompletionResult]::new('83', '83', [CompletionResultType]::ParameterValue, 'What is the difference between __new__ and __init__?')
            [CompletionResult]::new('86', '86', [CompletionResultType]::ParameterValue, 'What is the difference between eval() and exec()? Why are they dangerous?')
            [CompletionResult]::new('87', '87', [CompletionResultType]::ParameterValue, 'How do you sandbox untrusted Python code?')
            [CompletionResult]::new('88', '88', [CompletionResultType]::ParameterValue, 'How do you secure a Python application against code injection attacks?')
            [CompletionResult]::new('89', '89', [CompletionResultType]::ParameterValue, 'How do you optimize Python for multi-core CPUs given the GIL')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The most questions to list')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most questions to list')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the questions as a JSON array')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pyqa;search' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The most results to print')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most results to print')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the results as a JSON array (with a plain-text `snippet` per hit)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the question numbers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the question numbers, one per line')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Say first what the query became: the words searched, the words left out, what they were expanded to and what was corrected (with --json: `{"query": {...}, "hits": [...]}`)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;random' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format; `term` on a terminal, `md` when piped')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `term` on a terminal, `md` when piped')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as `--format json`')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pyqa;list' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the questions as a JSON array')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'pyqa;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The deck to export (default: the built-in set, `python`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal, unless `NO_COLOR`), always, never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Wrap terminal output to N columns (default: the terminal''s, `COLUMNS`, 80)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Also use this deck file or folder (repeatable); its questions are `NAME:N`')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only questions of this topic (a name, or a unique part of one)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
