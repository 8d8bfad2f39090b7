namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Says whether a text carries a secret behind a connection-string keyword (<c>AccountKey=</c>,
    /// <c>SharedAccessKey=</c>, <c>Password=</c>/<c>PWD=</c>, <c>Secret=</c>, <c>AccessKey=</c>, a Redis
    /// <c>password=</c>, a storage SAS <c>sig=</c>...). Those texts belong to the connection-string rules; the format
    /// and name rules use this check so one secret is reported once. One linear pass, no allocation unless a keyword
    /// is found; never throws.
    /// </summary>
    public static class ConnectionStringAnchors
    {
        // Keys whose value is a secret. Matched whole and case-insensitively, as DbConnectionStringBuilder does.
        private static readonly string[] SecretKeywords =
        {
            "AccountKey", "SharedAccessKey", "SharedAccessSignature", "Password", "Pwd", "Secret", "AccessKey",
        };

        /// <summary>
        /// True when <paramref name="text"/> has a <c>keyword=value</c> pair whose keyword names a secret and whose
        /// value is not a placeholder, or is a storage SAS (a <c>sig=</c> with <c>sv=</c>, <c>se=</c> or <c>skoid=</c>).
        /// </summary>
        public static bool HasSecretKeyword(string text)
        {
            if (text.Length < 5 || text.IndexOf('=') < 0)
            {
                return false;
            }

            var hasSignature = false;
            var equals = text.IndexOf('=');
            while (equals > 0)
            {
                // "==" is an escaped '=' inside a key, and base64 padding: not a separator.
                if (equals + 1 < text.Length && text[equals + 1] == '=')
                {
                    equals = NextEquals(text, equals + 2);
                    continue;
                }

                var keyEnd = equals;
                while (keyEnd > 0 && text[keyEnd - 1] == ' ')
                {
                    keyEnd--;
                }

                var keyStart = keyEnd;
                while (keyStart > 0 && IsKeyCharacter(text[keyStart - 1]))
                {
                    keyStart--;
                }

                while (keyStart < keyEnd && text[keyStart] == ' ')
                {
                    keyStart++;
                }

                if (keyStart < keyEnd && (keyStart == 0 || IsSeparator(text[keyStart - 1])))
                {
                    if (IsSecretKeyword(text, keyStart, keyEnd - keyStart) && HasRealValue(text, equals + 1))
                    {
                        return true;
                    }

                    hasSignature |= Matches(text, keyStart, keyEnd - keyStart, "sig") && HasRealValue(text, equals + 1);
                }

                equals = NextEquals(text, equals + 1);
            }

            // A storage SAS (the storage rule's); a Service Bus SAS token names its policy with "skn" instead.
            return hasSignature
                && (HasParameter(text, "sv") || HasParameter(text, "se") || HasParameter(text, "skoid"))
                && !HasParameter(text, "skn");
        }

        /// <summary>
        /// True when <paramref name="text"/> ends with a secret keyword and '=' (<c>";AccountKey="</c>): the value
        /// appended next, a constant or a variable, is the secret of a connection string.
        /// </summary>
        public static bool EndsWithSecretKeyword(string text)
        {
            var end = text.Length;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            if (end < 2 || text[end - 1] != '=')
            {
                return false;
            }

            var keyEnd = end - 1;
            var keyStart = keyEnd;
            while (keyStart > 0 && char.IsLetter(text[keyStart - 1]))
            {
                keyStart--;
            }

            return keyStart < keyEnd
                && (keyStart == 0 || IsSeparator(text[keyStart - 1]))
                && (IsSecretKeyword(text, keyStart, keyEnd - keyStart) || Matches(text, keyStart, keyEnd - keyStart, "sig"));
        }

        private static int NextEquals(string text, int from) => from < text.Length ? text.IndexOf('=', from) : -1;

        // Keys are words with spaces ("User ID", "Shared Access Key" is not a key, but "Password" after "User ID=x;" is).
        private static bool IsKeyCharacter(char c) => char.IsLetterOrDigit(c) || c == ' ' || c == '_' || c == '-';

        // What precedes a key: ';' in connection strings, ',' in Redis configuration, '?'/'&' in queries.
        private static bool IsSeparator(char c) => c == ';' || c == ',' || c == '?' || c == '&' || c == '"' || c == '\'' || char.IsWhiteSpace(c);

        private static bool IsSecretKeyword(string text, int start, int length)
        {
            foreach (var keyword in SecretKeywords)
            {
                if (Matches(text, start, length, keyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(string text, int start, int length, string keyword) =>
            length == keyword.Length && string.Compare(text, start, keyword, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>The value up to the next separator is non-empty and not a placeholder or template.</summary>
        private static bool HasRealValue(string text, int valueStart)
        {
            var end = valueStart;
            while (end < text.Length && text[end] != ';' && text[end] != ',' && text[end] != '&')
            {
                end++;
            }

            var start = valueStart;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return end > start && !NonSecretClassifier.IsNonSecret(text.Substring(start, end - start).Trim('"', '\''));
        }

        private static bool HasParameter(string text, string name)
        {
            var index = text.IndexOf(name + "=", StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                if (index == 0 || text[index - 1] == '&' || text[index - 1] == '?' || text[index - 1] == ' ')
                {
                    return true;
                }

                index = text.IndexOf(name + "=", index + 1, StringComparison.OrdinalIgnoreCase);
            }

            return false;
        }
    }
}
