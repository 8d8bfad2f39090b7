using System.Globalization;
using System.Text;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// Reads the string settings of a JSON configuration file the way ASP.NET Core's JSON provider sees them:
    /// comments and trailing commas allowed, escapes decoded, nested objects joined with ':' and array items by index.
    /// One iterative pass with an explicit stack: no recursion, never throws. A malformed file yields nothing, so a
    /// half-typed file gives no noise.
    /// </summary>
    public static class JsonConfigurationReader
    {
        private const int MaxDepth = 256;

        public static IReadOnlyList<ConfigurationValue> Read(string text)
        {
            var values = new List<ConfigurationValue>();
            return new Parser(text, values).Run() ? values : new List<ConfigurationValue>();
        }

        private sealed class Parser
        {
            private readonly string _text;
            private readonly List<ConfigurationValue> _values;
            private readonly Stack<Frame> _stack = new Stack<Frame>();
            private int _position;

            public Parser(string text, List<ConfigurationValue> values)
            {
                _text = text;
                _values = values;
            }

            // A container being read: its path, whether it is an array, and the next array index.
            private sealed record Frame(string Path, bool IsArray)
            {
                public int Index { get; set; }

                public bool ExpectsValue { get; set; }
            }

            public bool Run()
            {
                SkipTrivia();
                if (!Peek('{') && !Peek('['))
                {
                    return false;
                }

                if (!ReadValue(string.Empty))
                {
                    return false;
                }

                while (_stack.Count > 0)
                {
                    if (!Step())
                    {
                        return false;
                    }
                }

                SkipTrivia();
                return _position >= _text.Length;
            }

            // Reads the next member or element of the container on top of the stack, or closes it.
            private bool Step()
            {
                var frame = _stack.Peek();
                SkipTrivia();
                if (_position >= _text.Length)
                {
                    return false;
                }

                var closing = frame.IsArray ? ']' : '}';
                if (_text[_position] == closing)
                {
                    _position++;
                    _stack.Pop();
                    return AfterValue();
                }

                if (frame.ExpectsValue)
                {
                    return false;
                }

                string path;
                if (frame.IsArray)
                {
                    path = Join(frame.Path, frame.Index.ToString(CultureInfo.InvariantCulture));
                    frame.Index++;
                }
                else
                {
                    if (!ReadString(out var name, out _))
                    {
                        return false;
                    }

                    SkipTrivia();
                    if (!Peek(':'))
                    {
                        return false;
                    }

                    _position++;
                    path = Join(frame.Path, name);
                }

                frame.ExpectsValue = true;
                SkipTrivia();
                return ReadValue(path) && (_stack.Peek() != frame || AfterValue());
            }

            // After a value: a comma (a trailing one is allowed) or the end of the container.
            private bool AfterValue()
            {
                if (_stack.Count == 0)
                {
                    return true;
                }

                var frame = _stack.Peek();
                frame.ExpectsValue = false;
                SkipTrivia();
                if (Peek(','))
                {
                    _position++;
                }
                else if (!Peek(frame.IsArray ? ']' : '}'))
                {
                    return false;
                }

                return true;
            }

            private bool ReadValue(string path)
            {
                if (_position >= _text.Length)
                {
                    return false;
                }

                var c = _text[_position];
                if (c == '{' || c == '[')
                {
                    if (_stack.Count >= MaxDepth)
                    {
                        return false;
                    }

                    _position++;
                    _stack.Push(new Frame(path, c == '['));
                    return true;
                }

                if (c == '"')
                {
                    if (!ReadString(out var value, out var span))
                    {
                        return false;
                    }

                    _values.Add(new ConfigurationValue(path, value, span));
                    return true;
                }

                // Numbers, true, false, null: not secrets; skip to the next delimiter.
                var start = _position;
                while (_position < _text.Length && ",}] \t\r\n/".IndexOf(_text[_position]) < 0)
                {
                    _position++;
                }

                return _position > start;
            }

            private bool ReadString(out string value, out TextSpan span)
            {
                value = string.Empty;
                span = default;
                if (!Peek('"'))
                {
                    return false;
                }

                var start = ++_position;
                StringBuilder? builder = null;
                while (_position < _text.Length)
                {
                    var c = _text[_position];
                    if (c == '"')
                    {
                        value = builder?.ToString() ?? _text.Substring(start, _position - start);
                        span = TextSpan.FromBounds(start, _position);
                        _position++;
                        return true;
                    }

                    if (c == '\\')
                    {
                        builder ??= new StringBuilder(_text, start, _position - start, _position - start + 16);
                        if (!ReadEscape(builder))
                        {
                            return false;
                        }

                        continue;
                    }

                    if (c == '\n')
                    {
                        return false;
                    }

                    builder?.Append(c);
                    _position++;
                }

                return false;
            }

            private bool ReadEscape(StringBuilder builder) => JsonText.ReadEscape(_text, ref _position, builder);

            // Whitespace and comments (// and /* */), as the configuration reader allows.
            private void SkipTrivia() => _position = JsonText.SkipTrivia(_text, _position);

            private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

            private static string Join(string path, string name) => path.Length == 0 ? name : path + ":" + name;
        }
    }
}
