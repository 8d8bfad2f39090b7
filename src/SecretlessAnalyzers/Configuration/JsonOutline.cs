using System.Globalization;
using System.Text;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>An object of a JSON file: where its braces are and its members in text order.</summary>
    public sealed class JsonObjectOutline
    {
        internal JsonObjectOutline(int open, JsonMemberOutline? owner)
        {
            Open = open;
            Owner = owner;
        }

        /// <summary>The offset of <c>{</c>.</summary>
        public int Open { get; }

        /// <summary>The offset of <c>}</c>.</summary>
        public int Close { get; internal set; }

        /// <summary>The member whose value this object is; null for the root and for objects in arrays.</summary>
        public JsonMemberOutline? Owner { get; }

        public List<JsonMemberOutline> Members { get; } = new List<JsonMemberOutline>();

        /// <summary>The first member named <paramref name="name"/> (configuration keys ignore case).</summary>
        public JsonMemberOutline? Member(string name) =>
            Members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>One <c>"name": value</c> member of a JSON object and where its parts are written.</summary>
    public sealed class JsonMemberOutline
    {
        internal JsonMemberOutline(string name, int start, JsonObjectOutline parent, string? path)
        {
            Name = name;
            Start = start;
            Parent = parent;
            Path = path;
        }

        /// <summary>The decoded name.</summary>
        public string Name { get; }

        /// <summary>The offset of the name's opening quote.</summary>
        public int Start { get; }

        public int ValueStart { get; internal set; }

        /// <summary>The offset just after the value (after its closing quote or brace).</summary>
        public int ValueEnd { get; internal set; }

        /// <summary>The offset of the comma after the member, or -1 (the last member without a trailing comma).</summary>
        public int Comma { get; internal set; } = -1;

        /// <summary>The decoded value when it is a string, else null.</summary>
        public string? StringValue { get; internal set; }

        /// <summary>The value when it is an object, else null.</summary>
        public JsonObjectOutline? Object { get; internal set; }

        public JsonObjectOutline Parent { get; }

        /// <summary>The configuration key, the names from the root joined with ':'; null inside an array.</summary>
        public string? Path { get; }

        public override string ToString() => Path ?? Name;
    }

    /// <summary>
    /// The structure of a JSON configuration file as positions in its text (objects, members, commas), for edits that
    /// keep everything else as written. Accepts what ASP.NET Core's reader accepts: comments, trailing commas. One
    /// iterative pass with an explicit stack, never throws; null for a malformed file or a root that is not an object.
    /// </summary>
    public sealed class JsonOutline
    {
        private const int MaxDepth = 256;

        private JsonOutline(string text, JsonObjectOutline root, List<JsonMemberOutline> members, List<ConfigurationValue> strings)
        {
            Text = text;
            Root = root;
            AllMembers = members;
            StringValues = strings;
        }

        public string Text { get; }

        public JsonObjectOutline Root { get; }

        /// <summary>Every member of every object, in text order.</summary>
        public IReadOnlyList<JsonMemberOutline> AllMembers { get; }

        /// <summary>
        /// Every string value in text order, with its configuration key as ASP.NET Core's JSON provider builds it:
        /// names joined with ':' and array items by index (<c>Entries:0:Key</c>), and the span inside its quotes.
        /// </summary>
        public IReadOnlyList<ConfigurationValue> StringValues { get; }

        public static JsonOutline? Parse(string text)
        {
            var members = new List<JsonMemberOutline>();
            var strings = new List<ConfigurationValue>();
            var root = new Parser(text, members, strings).Run();
            return root is null ? null : new JsonOutline(text, root, members, strings);
        }

        private sealed class Frame
        {
            public Frame(JsonObjectOutline? obj, string? path, string key)
            {
                Object = obj;
                Path = path;
                Key = key;
            }

            /// <summary>Null for an array.</summary>
            public JsonObjectOutline? Object { get; }

            /// <summary>The members' path prefix; null inside an array (no setting the edits touch).</summary>
            public string? Path { get; }

            /// <summary>The configuration key of the container, array indexes included.</summary>
            public string Key { get; }

            /// <summary>The next item's index, in an array.</summary>
            public int Index { get; set; }

            public JsonMemberOutline? Last { get; set; }

            public bool AfterValue { get; set; }
        }

        private sealed class Parser
        {
            private readonly string _text;
            private readonly List<JsonMemberOutline> _members;
            private readonly List<ConfigurationValue> _strings;
            private readonly List<Frame> _stack = new List<Frame>();
            private int _position;

            public Parser(string text, List<JsonMemberOutline> members, List<ConfigurationValue> strings)
            {
                _text = text;
                _members = members;
                _strings = strings;
            }

            public JsonObjectOutline? Run()
            {
                SkipTrivia();
                if (!Peek('{'))
                {
                    return null;
                }

                var root = new JsonObjectOutline(_position, owner: null);
                _stack.Add(new Frame(root, string.Empty, string.Empty));
                _position++;
                while (_stack.Count > 0)
                {
                    if (!Step())
                    {
                        return null;
                    }
                }

                SkipTrivia();
                return _position >= _text.Length ? root : null;
            }

            private bool Step()
            {
                var frame = _stack[_stack.Count - 1];
                SkipTrivia();
                if (_position >= _text.Length)
                {
                    return false;
                }

                var c = _text[_position];
                if (c == (frame.Object is null ? ']' : '}'))
                {
                    if (frame.Object is not null)
                    {
                        frame.Object.Close = _position;
                    }

                    _position++;
                    _stack.RemoveAt(_stack.Count - 1);
                    if (_stack.Count > 0)
                    {
                        var parent = _stack[_stack.Count - 1];
                        if (parent.Last is not null)
                        {
                            parent.Last.ValueEnd = _position;
                        }

                        parent.AfterValue = true;
                    }

                    return true;
                }

                if (frame.AfterValue)
                {
                    if (c != ',')
                    {
                        return false;
                    }

                    if (frame.Last is not null)
                    {
                        frame.Last.Comma = _position;
                    }

                    _position++;
                    frame.AfterValue = false;
                    return true;
                }

                JsonMemberOutline? member = null;
                string? path = null;
                string key;
                if (frame.Object is null)
                {
                    key = Join(frame.Key, frame.Index.ToString(CultureInfo.InvariantCulture));
                    frame.Index++;
                }
                else
                {
                    var start = _position;
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
                    SkipTrivia();
                    path = frame.Path is null ? null : Join(frame.Path, name);
                    key = Join(frame.Key, name);
                    member = new JsonMemberOutline(name, start, frame.Object, path) { ValueStart = _position };
                    frame.Object.Members.Add(member);
                    _members.Add(member);
                }

                frame.Last = member;
                return ReadValue(frame, member, path, key);
            }

            private bool ReadValue(Frame frame, JsonMemberOutline? member, string? path, string key)
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

                    JsonObjectOutline? obj = null;
                    if (c == '{')
                    {
                        obj = new JsonObjectOutline(_position, member);
                        if (member is not null)
                        {
                            member.Object = obj;
                        }
                    }

                    _stack.Add(new Frame(obj, c == '{' ? path : null, key));
                    _position++;
                    return true;
                }

                if (c == '"')
                {
                    if (!ReadString(out var value, out var span))
                    {
                        return false;
                    }

                    _strings.Add(new ConfigurationValue(key, value, span));
                    if (member is not null)
                    {
                        member.StringValue = value;
                        member.ValueEnd = _position;
                    }

                    frame.AfterValue = true;
                    return true;
                }

                var start = _position;
                while (_position < _text.Length && ",}] \t\r\n/".IndexOf(_text[_position]) < 0)
                {
                    _position++;
                }

                if (member is not null)
                {
                    member.ValueEnd = _position;
                }

                frame.AfterValue = true;
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

            private void SkipTrivia() => _position = JsonText.SkipTrivia(_text, _position);

            private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

            private static string Join(string path, string name) => path.Length == 0 ? name : path + ":" + name;
        }
    }

    /// <summary>Small helpers over JSON text shared by the outline and the edits.</summary>
    internal static class JsonText
    {
        /// <summary>The first offset from <paramref name="position"/> that is not whitespace or a comment.</summary>
        public static int SkipTrivia(string text, int position)
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    position++;
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    var end = text.IndexOf('\n', position);
                    position = end < 0 ? text.Length : end + 1;
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
                {
                    var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                    position = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    break;
                }
            }

            return position;
        }

        /// <summary>Decodes the escape at <paramref name="position"/> (a backslash) into <paramref name="builder"/> and moves past it; false when it is malformed.</summary>
        public static bool ReadEscape(string text, ref int position, StringBuilder builder)
        {
            if (position + 1 >= text.Length)
            {
                return false;
            }

            var escaped = text[position + 1];
            position += 2;
            switch (escaped)
            {
                case '"': builder.Append('"'); return true;
                case '\\': builder.Append('\\'); return true;
                case '/': builder.Append('/'); return true;
                case 'b': builder.Append('\b'); return true;
                case 'f': builder.Append('\f'); return true;
                case 'n': builder.Append('\n'); return true;
                case 'r': builder.Append('\r'); return true;
                case 't': builder.Append('\t'); return true;
                case 'u':
                    if (position + 4 <= text.Length
                        && int.TryParse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        builder.Append((char)code);
                        position += 4;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>A JSON string literal of <paramref name="value"/>.</summary>
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
