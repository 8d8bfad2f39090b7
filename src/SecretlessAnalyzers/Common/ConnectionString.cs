namespace SecretlessAnalyzers.Common
{
    /// <summary>One <c>key=value</c> pair of a connection string, with the position of the raw value in the text.</summary>
    public readonly struct ConnectionStringEntry
    {
        public ConnectionStringEntry(string key, string value, int valueStart, int valueLength, int keyStart = -1)
        {
            Key = key;
            Value = value;
            ValueStart = valueStart;
            ValueLength = valueLength;
            KeyStart = keyStart < 0 ? valueStart : keyStart;
        }

        public string Key { get; }

        /// <summary>The value with quotes removed and doubled quotes unescaped.</summary>
        public string Value { get; }

        /// <summary>Offset of the raw value (quotes included) in the parsed text.</summary>
        public int ValueStart { get; }

        public int ValueLength { get; }

        /// <summary>Offset of the key in the parsed text: the entry spans from here to the end of its value.</summary>
        public int KeyStart { get; }
    }

    /// <summary>
    /// A connection string parsed with <c>DbConnectionStringBuilder</c> semantics: case-insensitive keys,
    /// <c>==</c> for a literal <c>=</c> in a key, single- or double-quoted values with doubled quotes as escapes,
    /// <c>=</c> allowed inside values, stray whitespace and semicolons ignored, the last duplicate key wins.
    /// Parsing never throws and runs in one linear pass: malformed input simply yields fewer entries.
    /// </summary>
    public sealed class ConnectionString
    {
        private static readonly ConnectionString Empty = new ConnectionString(Array.Empty<ConnectionStringEntry>());

        private readonly IReadOnlyList<ConnectionStringEntry> _entries;

        private ConnectionString(IReadOnlyList<ConnectionStringEntry> entries)
        {
            _entries = entries;
        }

        public IReadOnlyList<ConnectionStringEntry> Entries => _entries;

        /// <summary>Cheap test used before parsing: a connection string has at least one <c>key=value</c>.</summary>
        public static bool MayBeConnectionString(string text) => text.IndexOf('=') > 0;

        public static ConnectionString Parse(string? text)
        {
            if (text is null || text.Length == 0 || text.IndexOf('=') < 0)
            {
                return Empty;
            }

            var entries = new List<ConnectionStringEntry>();
            var position = 0;
            while (position < text.Length)
            {
                position = ParseEntry(text, position, entries);
            }

            return new ConnectionString(entries);
        }

        /// <summary>Finds the last entry whose key equals one of <paramref name="keys"/> (case-insensitive).</summary>
        public bool TryGet(out ConnectionStringEntry entry, params string[] keys)
        {
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                var candidate = _entries[i];
                foreach (var key in keys)
                {
                    if (string.Equals(candidate.Key, key, StringComparison.OrdinalIgnoreCase))
                    {
                        entry = candidate;
                        return true;
                    }
                }
            }

            entry = default;
            return false;
        }

        public string? GetValue(params string[] keys) => TryGet(out var entry, keys) ? entry.Value : null;

        public bool Has(string key) => TryGet(out _, key);

        // Parses one "key=value" starting at position; returns the position after it (always > position).
        private static int ParseEntry(string text, int position, List<ConnectionStringEntry> entries)
        {
            var start = SkipWhitespaceAndSemicolons(text, position);
            if (start >= text.Length)
            {
                return text.Length;
            }

            var key = ReadKey(text, start, out var afterKey);
            if (afterKey >= text.Length || text[afterKey] != '=')
            {
                // A key without '=' (or the end of text): skip to the next separator.
                var next = text.IndexOf(';', afterKey < text.Length ? afterKey : text.Length - 1);
                return next < 0 ? text.Length : next + 1;
            }

            var valueStart = SkipSpaces(text, afterKey + 1);
            string value;
            int end;
            if (valueStart < text.Length && (text[valueStart] == '"' || text[valueStart] == '\''))
            {
                value = ReadQuoted(text, valueStart, out end);
            }
            else
            {
                end = text.IndexOf(';', valueStart);
                if (end < 0)
                {
                    end = text.Length;
                }

                var valueEnd = end;
                while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
                {
                    valueEnd--;
                }

                value = text.Substring(valueStart, valueEnd - valueStart);
            }

            if (key.Length > 0)
            {
                entries.Add(new ConnectionStringEntry(key, value, valueStart, end - valueStart, start));
            }

            return Math.Max(end + 1, start + 1);
        }

        private static string ReadKey(string text, int start, out int end)
        {
            // "==" inside a key stands for a literal '='.
            var i = start;
            var hasEscapedEquals = false;
            while (i < text.Length && text[i] != ';')
            {
                if (text[i] == '=')
                {
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        hasEscapedEquals = true;
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            end = i;
            var key = text.Substring(start, i - start).Trim();
            return hasEscapedEquals ? key.Replace("==", "=") : key;
        }

        private static string ReadQuoted(string text, int quoteStart, out int end)
        {
            var quote = text[quoteStart];
            var builder = new System.Text.StringBuilder();
            var i = quoteStart + 1;
            while (i < text.Length)
            {
                if (text[i] == quote)
                {
                    if (i + 1 < text.Length && text[i + 1] == quote)
                    {
                        builder.Append(quote);
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                builder.Append(text[i]);
                i++;
            }

            // Anything after the closing quote up to ';' is ignored, as DbConnectionStringBuilder would reject it.
            end = text.IndexOf(';', Math.Min(i, text.Length));
            if (end < 0)
            {
                end = text.Length;
            }

            return builder.ToString();
        }

        private static int SkipWhitespaceAndSemicolons(string text, int position)
        {
            while (position < text.Length && (text[position] == ';' || char.IsWhiteSpace(text[position])))
            {
                position++;
            }

            return position;
        }

        private static int SkipSpaces(string text, int position)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]) && text[position] != ';')
            {
                position++;
            }

            return position;
        }
    }
}
