using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Tokens
{
    /// <summary>
    /// The heuristic of SL1011, in pure text: is a name (variable, property, parameter, dictionary or configuration
    /// key) one that holds a secret, and does a value look like a secret rather than a label, a path, a template, a
    /// name or a word. Precision first: every doubt answers "not a secret".
    /// </summary>
    public static class SecretNames
    {
        public const int MinimumValueLength = 8;
        public const int MaximumValueLength = 256;

        // A last word that makes the name describe a secret (its URL, its name, its label...) rather than hold one.
        private static readonly HashSet<string> DescriptiveLastWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "endpoint", "endpoints", "url", "uri", "urls", "path", "paths", "file", "filename", "dir", "directory", "folder",
            "name", "names", "type", "types", "kind", "header", "headers", "prefix", "suffix", "format", "pattern", "regex",
            "label", "text", "message", "msg", "hint", "title", "caption", "description", "placeholder", "length", "len",
            "size", "min", "max", "minimum", "maximum", "expiry", "expiration", "expires", "lifetime", "timeout", "ttl",
            "count", "id", "ids", "field", "column", "param", "parameter", "property", "section", "variable", "env", "scope",
            "scopes", "audience", "issuer", "provider", "store", "vault", "reference", "ref", "policy", "rule", "rules",
            "version", "mode", "option", "options", "settings", "config", "configuration", "enabled", "required", "cache",
            "handler", "service", "manager", "factory", "client", "builder", "source", "template", "attempts", "retries",
            "strength", "complexity", "display", "input", "box", "button", "icon", "route", "action", "view", "page",
            "link", "email", "user", "username", "login", "error", "errors", "validator", "validation", "location",
            "request", "response", "hash", "hashed", "hashes", "digest", "checksum", "thumbprint", "fingerprint", "salt",
            "identifier",
        };

        // Words that, right before a last word "key" (or "key2"), make it a credential key: StorageKey,
        // StoragePrimaryKey, BlobStorageKey, CosmosAuthKey, FunctionKey; not PartitionKey, RowKey, SortKey.
        private static readonly HashSet<string> KeyQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "storage", "account", "access", "primary", "secondary", "master", "shared", "auth", "signing", "encryption",
            "private", "api", "subscription", "client", "app", "function", "functions", "host", "cosmos", "search", "redis",
            "admin", "bus", "hub", "hubs", "secret", "hmac", "jwt", "machine", "validation", "decryption", "sas", "sendgrid",
            "openai", "maps", "speech", "translator", "vision", "cognitive", "batch", "registry",
        };

        // A first word that makes the name a flag or a question about a secret.
        private static readonly HashSet<string> FlagFirstWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "is", "has", "use", "enable", "disable", "show", "hide", "require", "allow", "can", "should", "forgot", "reset",
        };

        /// <summary>The secret word <paramref name="name"/> matches, or null. Words are compared without case and separators.</summary>
        public static string? MatchSecretWord(string name, ImmutableArray<string> secretWords)
        {
            var words = SplitWords(name);
            if (words.Count == 0 || FlagFirstWords.Contains(words[0]))
            {
                return null;
            }

            var last = words[words.Count - 1];
            if (words.Count >= 2 && TrimDigits(last) == "key" && KeyQualifiers.Contains(words[words.Count - 2]))
            {
                return "key";
            }

            for (var i = 0; i < words.Count; i++)
            {
                var joined = string.Empty;
                for (var j = i; j < words.Count && j < i + 3; j++)
                {
                    joined += words[j];
                    foreach (var secretWord in secretWords)
                    {
                        if (!IsMatch(j == words.Count - 1 ? TrimDigits(joined) : joined, secretWord, singleWord: j == i))
                        {
                            continue;
                        }

                        // "ApiKey" ends with the descriptive word "key", but "key" is part of the secret word.
                        var describesSecret = j < words.Count - 1 && DescriptiveLastWords.Contains(last);
                        return describesSecret ? null : secretWord;
                    }
                }
            }

            return null;
        }

        // StorageAccountKey2, Password1: a trailing number counts the secret, it does not rename it.
        private static string TrimDigits(string word)
        {
            var end = word.Length;
            while (end > 0 && char.IsDigit(word[end - 1]))
            {
                end--;
            }

            return end == word.Length || end == 0 ? word : word.Substring(0, end);
        }

        private static bool IsMatch(string joined, string secretWord, bool singleWord) =>
            joined == secretWord
            || joined == secretWord + "s"
            // "dbpassword", "adminpwd" in lower-case configuration keys; short words must match whole.
            || (singleWord && secretWord.Length >= 5 && joined.EndsWith(secretWord, StringComparison.Ordinal));

        /// <summary>
        /// Cheap character-level test run on every candidate literal before any name is looked up: length, no
        /// whitespace, not a URL, path, template, connection string or key path. No allocation.
        /// </summary>
        public static bool MayBeSecretValue(string value) => MayBeSecretValue(value, 0, value.Length);

        /// <summary><see cref="MayBeSecretValue(string)"/> on the <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
        public static bool MayBeSecretValue(string text, int start, int length)
        {
            if (length < MinimumValueLength || length > MaximumValueLength)
            {
                return false;
            }

            var first = text[start];
            if (first == '@' || first == '$' || first == '%' || first == ':' || (first == '/' && !IsBase64KeyText(text, start, length)) || first == '\\' || first == '~' || first == '.' || first == '#')
            {
                // SQL and template parameters (@password, :password, $VAR, %VAR%), paths, comments.
                return false;
            }

            var hasSemicolon = false;
            var hasEquals = false;
            var end = start + length;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '{' || c == '}' || c == '\\' || c == '"' || c == '<' || c == '>')
                {
                    return false;
                }

                hasSemicolon |= c == ';';
                hasEquals |= c == '=' && i < end - 2;
            }

            // key=value;key=value is a connection string: the connection-string rules judge it.
            return !(hasSemicolon && hasEquals) && text.IndexOf("://", start, length, StringComparison.Ordinal) < 0;
        }

        // One base64 key in 64 starts with '/': it is a key, not a path, when its segments are not names.
        private static bool IsBase64KeyText(string text, int start, int length)
        {
            if (length < 20 || IsNameLike(text, start + 1, length - 1))
            {
                return false;
            }

            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (!char.IsLetterOrDigit(c) && c != '+' && c != '/' && c != '=')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The full test: a value that passed <see cref="MayBeSecretValue"/> and is neither a placeholder, a GUID, a
        /// name-like identifier nor a label naming a secret, with enough character classes and entropy.
        /// </summary>
        public static bool LooksLikeSecret(string value, double minEntropy, ImmutableArray<string> secretWords)
        {
            // Cheapest and most selective tests first: most values are names, GUIDs or too uniform to be keys.
            if (!MayBeSecretValue(value) || IsGuid(value) || IsNameLike(value))
            {
                return false;
            }

            var classes = CharacterClasses(value);
            if (classes < 2 || (classes == 2 && value.Length < 16))
            {
                return false;
            }

            // Short values cannot reach high Shannon entropy: scale the bar with the length.
            var threshold = Math.Min(minEntropy, Math.Log(value.Length, 2) * 0.85);
            if (NonSecretClassifier.ShannonEntropy(value) < threshold || NonSecretClassifier.IsNonSecret(value))
            {
                return false;
            }

            // "Password:", "api_key_missing": a label or a message about the secret. The word must be a word of
            // the value: random key text holds "pwd" or "sas" by chance and is still a key.
            var collapsed = value.IndexOf('_') >= 0 || value.IndexOf('-') >= 0 ? value.Replace("_", string.Empty).Replace("-", string.Empty) : null;
            foreach (var word in secretWords)
            {
                if (word.Length >= 3 && (NonSecretClassifier.ContainsWord(value, word) || (collapsed is not null && NonSecretClassifier.ContainsWord(collapsed, word))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A GUID (with dashes, optionally braced): an id, not a secret.</summary>
        public static bool IsGuid(string value) => IsGuid(value, 0, value.Length);

        /// <summary><see cref="IsGuid(string)"/> on the <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
        public static bool IsGuid(string text, int start, int length)
        {
            if (length == 38 && text[start] == '{' && text[start + 37] == '}')
            {
                start++;
                length = 36;
            }

            if (length != 36)
            {
                return false;
            }

            for (var i = 0; i < 36; i++)
            {
                var c = text[start + i];
                var isDashPosition = i == 8 || i == 13 || i == 18 || i == 23;
                if (isDashPosition ? c != '-' : !Uri.IsHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// An identifier, configuration key or file name: segments separated by <c>. _ : - /</c>, each letters
        /// optionally followed by digits (<c>AZURE_CLIENT_SECRET</c>, <c>Auth:ClientSecret</c>, <c>secrets.v2.json</c>).
        /// </summary>
        public static bool IsNameLike(string value) => IsNameLike(value, 0, value.Length);

        /// <summary><see cref="IsNameLike(string)"/> on the <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
        public static bool IsNameLike(string text, int start, int length)
        {
            var end = start + length;
            var i = start;
            while (i < end)
            {
                var letters = 0;
                while (i < end && char.IsLetter(text[i]))
                {
                    letters++;
                    i++;
                }

                var digits = 0;
                while (i < end && char.IsDigit(text[i]))
                {
                    digits++;
                    i++;
                }

                if (letters == 0 && digits == 0)
                {
                    return false;
                }

                if (i < end)
                {
                    var separator = text[i];
                    if (separator != '.' && separator != '_' && separator != ':' && separator != '-' && separator != '/')
                    {
                        return false;
                    }

                    i++;
                }
            }

            return true;
        }

        /// <summary>
        /// The value tests SL1011 runs before looking for a target: <see cref="MayBeSecretValue(string)"/>, not
        /// <see cref="IsNameLike(string)"/>, not <see cref="IsGuid(string)"/>.
        /// </summary>
        public static bool MayBeSecretLiteral(string text, int start, int length) =>
            MayBeSecretValue(text, start, length) && !IsNameLike(text, start, length) && !IsGuid(text, start, length);

        private static int CharacterClasses(string value)
        {
            bool lower = false, upper = false, digit = false, other = false;
            foreach (var c in value)
            {
                if (char.IsLower(c))
                {
                    lower = true;
                }
                else if (char.IsUpper(c))
                {
                    upper = true;
                }
                else if (char.IsDigit(c))
                {
                    digit = true;
                }
                else
                {
                    other = true;
                }
            }

            return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        }

        /// <summary>Lower-case words of an identifier or key: camelCase, PascalCase, SCREAMING_CASE, kebab, dotted, colon paths.</summary>
        public static List<string> SplitWords(string name)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= name.Length; i++)
            {
                var c = i < name.Length ? name[i] : '\0';
                var isPart = char.IsLetterOrDigit(c);
                var boundary = isPart && start >= 0 && i > start
                    && ((char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                        || (char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if ((!isPart || boundary) && start >= 0)
                {
                    words.Add(name.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }

                if (isPart && start < 0)
                {
                    start = i;
                }
            }

            return words;
        }
    }
}
