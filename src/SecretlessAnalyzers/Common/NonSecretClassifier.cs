namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Says whether a value that sits where a secret would be is in fact not one: a placeholder, a template token,
    /// a Key Vault reference, a well-known emulator key or a value only known at run time. Every rule uses it, so a
    /// value is judged the same way in code and in configuration files.
    /// </summary>
    public static class NonSecretClassifier
    {
        /// <summary>The Azurite / storage emulator account key, published in its documentation.</summary>
        public const string StorageEmulatorKey =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

        /// <summary>The storage emulator account name.</summary>
        public const string StorageEmulatorAccount = "devstoreaccount1";

        /// <summary>The Cosmos DB emulator key, published in its documentation.</summary>
        public const string CosmosEmulatorKey =
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

        // Published test vectors: documentation samples and scanner test tokens that are safe to commit.
        private static readonly string[] WellKnownTestVectors =
        {
            // The jwt.io sample token's signature (HS256 over "your-256-bit-secret").
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            // The scanner-approved sample token of secret scanning (microsoft/security-utilities SEC101/565).
            "secret_scanning_ab85fc6f8d7638cf1c11da812da308d43_",
            // AWS documentation keys.
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        };

        // Marks that show a value is masked, cut or an angle-bracket template wherever they occur in it.
        private static readonly string[] PlaceholderMarks =
        {
            "****", "...", "\u2026", "\u2022\u2022", "<", ">", "sas_key_value", "abcdefghijklmnopqrstuvwxyz",
        };

        // Words that mark a value as an example or an instruction rather than a credential. They count only as a
        // word of the value (a camel-case word or a part between separators), never as any substring: a random
        // 88-character key contains "todo" or "your" by chance often enough to lose real secrets.
        private static readonly string[] PlaceholderFragments =
        {
            "your", "replace", "replaceme", "changeme", "changeit", "placeholder", "example", "redacted", "dummy", "insert",
            "todo", "fixme", "fake", "sample", "unused", "notreal", "notasecret", "mock", "invalid",
        };

        // Whole values that are words, not secrets.
        private static readonly string[] PlaceholderWords =
        {
            "true", "false", "null", "none", "password", "passwd", "secret", "key", "token", "test", "fake", "sample",
            "tbd", "empty", "string", "value", "accountkey", "apikey", "api-key", "unused", "dummy", "mock", "n/a", "na",
            "changeit", "letmein", "admin", "default",
        };

        /// <summary>
        /// True when the value is not a usable secret: empty, a run-time hole, a template, a placeholder, a Key Vault
        /// reference or a value of too little variety to be a generated key.
        /// </summary>
        public static bool IsNonSecret(string? value)
        {
            if (value is null)
            {
                return true;
            }

            var trimmed = value.Trim();
            if (trimmed.Length == 0 || FoldedString.HasHole(trimmed))
            {
                return true;
            }

            return IsTemplate(trimmed)
                || IsKeyVaultReference(trimmed)
                || IsWellKnownNonSecret(trimmed)
                || IsPlaceholderWord(trimmed)
                || ContainsPlaceholderFragment(trimmed)
                || IsSingleRepeatedCharacter(trimmed)
                || IsRepeatedOrSequential(trimmed)
                || IsAspNetIdentityPasswordHash(trimmed)
                || HasLowVariety(trimmed);
        }

        /// <summary>
        /// <see cref="IsNonSecret"/>, or a value that is only words (<c>BatchAccountKey</c>, <c>my-storage-key</c>,
        /// <c>unused</c>): where a generated key belongs, letters without digits or symbols are a label, not a key.
        /// </summary>
        public static bool IsNonSecretKey(string? value) => IsNonSecret(value) || IsWordsOnly(value!.Trim());

        /// <summary>Letters in words, optionally separated by <c>_ - . space</c>: a name or a description.</summary>
        public static bool IsWordsOnly(string value)
        {
            if (value.Length == 0 || value.Length > 64)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!char.IsLetter(c) && c != '_' && c != '-' && c != '.' && c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when <paramref name="word"/> (lower case, letters) is a word of <paramref name="value"/>: in a run of
        /// letters between non-letters, as a whole camel-case word (or several joined: <c>ApiKey</c> for "apikey");
        /// a word of six letters or more may also stand inside a lower-case run (<c>mypasswordhere</c>). A run that
        /// mixes letters and digits in its middle (random key text) never matches.
        /// </summary>
        public static bool ContainsWord(string value, string word)
        {
            if (word.Length == 0 || value.IndexOf(word, StringComparison.OrdinalIgnoreCase) < 0)
            {
                // Cheap common case: the letters are not there at all.
                return false;
            }

            var i = 0;
            while (i < value.Length)
            {
                // A part: letters, then optional trailing digits, up to a separator.
                if (!char.IsLetterOrDigit(value[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < value.Length && char.IsLetter(value[i]))
                {
                    i++;
                }

                var lettersEnd = i;
                while (i < value.Length && char.IsDigit(value[i]))
                {
                    i++;
                }

                var clean = i == value.Length || !char.IsLetterOrDigit(value[i]);
                if (!clean)
                {
                    // Letters after digits: random text, not a word; skip the rest of this part.
                    while (i < value.Length && char.IsLetterOrDigit(value[i]))
                    {
                        i++;
                    }

                    continue;
                }

                if (lettersEnd > start && PartContainsWord(value, start, lettersEnd, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool PartContainsWord(string value, int start, int end, string word)
        {
            var length = end - start;
            if (length < word.Length)
            {
                return false;
            }

            var allLower = true;
            var allUpper = true;
            for (var i = start; i < end; i++)
            {
                allLower &= char.IsLower(value[i]);
                allUpper &= char.IsUpper(value[i]);
            }

            if (allLower || allUpper)
            {
                return length == word.Length
                    ? string.Compare(value, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0
                    : word.Length >= 6 && value.IndexOf(word, start, length, StringComparison.OrdinalIgnoreCase) >= 0;
            }

            // Camel case: the word must start at a word start and end at a word end.
            for (var at = start; at + word.Length <= end; at++)
            {
                var startsWord = at == start || (char.IsUpper(value[at]) && char.IsLower(value[at - 1]));
                var after = at + word.Length;
                var endsWord = after == end || (char.IsUpper(value[after]) && char.IsLower(value[after - 1]));
                if (startsWord && endsWord && string.Compare(value, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// ASP.NET Core Identity password hash (format marker 0x01, PBKDF2 parameters, 16-byte salt; or the V2
        /// marker 0x00): <c>AQAAAAEAACcQAAAAE...</c>. A one-way hash of a password, not a credential.
        /// </summary>
        public static bool IsAspNetIdentityPasswordHash(string value)
        {
            if (value.Length < 60 || value.Length > 120 || !(value.StartsWith("AQAAAA", StringComparison.Ordinal) || value.StartsWith("AA", StringComparison.Ordinal)))
            {
                return false;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(value);
            }
            catch (FormatException)
            {
                return false;
            }

            if (bytes.Length == 49 && bytes[0] == 0)
            {
                return true;
            }

            // V3: marker, PRF (4 bytes), iteration count (4), salt length (4, big-endian), salt, subkey.
            return bytes.Length >= 13 + 16 + 16 && bytes[0] == 1 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0 && bytes[4] <= 2
                && bytes[9] == 0 && bytes[10] == 0 && bytes[11] == 0 && bytes[12] >= 8 && bytes.Length >= 13 + bytes[12] + 16;
        }

        /// <summary>
        /// Typed filler: a short unit repeated (<c>abcabcabc</c>, <c>12341234</c>) or characters mostly in sequence
        /// (<c>abcdef123456</c>, <c>0123456789ABCDEF</c>).
        /// </summary>
        public static bool IsRepeatedOrSequential(string value)
        {
            if (value.Length < 6)
            {
                return false;
            }

            for (var period = 1; period <= 4 && period * 2 < value.Length; period++)
            {
                var repeats = true;
                for (var i = period; i < value.Length && repeats; i++)
                {
                    repeats = char.ToLowerInvariant(value[i]) == char.ToLowerInvariant(value[i - period]);
                }

                if (repeats)
                {
                    return true;
                }
            }

            var ordered = 0;
            for (var i = 1; i < value.Length; i++)
            {
                var step = char.ToLowerInvariant(value[i]) - char.ToLowerInvariant(value[i - 1]);
                if (step == 1 || step == 0 || step == -1)
                {
                    ordered++;
                }
            }

            return ordered * 10 >= (value.Length - 1) * 8;
        }

        /// <summary>An emulator key (Azurite, Cosmos DB emulator) or a published test vector, anywhere in the value.</summary>
        public static bool IsWellKnownNonSecret(string value)
        {
            if (value.IndexOf(StorageEmulatorKey, StringComparison.Ordinal) >= 0 || value.IndexOf(CosmosEmulatorKey, StringComparison.Ordinal) >= 0
                || value.StartsWith("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var vector in WellKnownTestVectors)
            {
                if (value.IndexOf(vector, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsKeyVaultReference(string value) =>
            value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

        /// <summary>Template and variable syntax: <c>{0}</c>, <c>${X}</c>, <c>$(X)</c>, <c>%X%</c>, <c>#{X}#</c>, <c>__X__</c>, <c>{{ x }}</c>, <c>@X@</c>.</summary>
        public static bool IsTemplate(string value)
        {
            if (value.Length < 2)
            {
                return false;
            }

            var first = value[0];
            var last = value[value.Length - 1];
            if ((first == '{' && last == '}') || (first == '[' && last == ']') || (first == '%' && last == '%') || (first == '@' && last == '@'))
            {
                return true;
            }

            if (value.StartsWith("$", StringComparison.Ordinal) && value.Length > 1 && (value[1] == '{' || value[1] == '(' || char.IsLetter(value[1]) || value[1] == '_'))
            {
                return true;
            }

            if (value.StartsWith("#{", StringComparison.Ordinal) || value.StartsWith("__", StringComparison.Ordinal) && value.EndsWith("__", StringComparison.Ordinal))
            {
                return true;
            }

            return value.IndexOf("{{", StringComparison.Ordinal) >= 0 || value.IndexOf("${", StringComparison.Ordinal) >= 0;
        }

        private static bool IsPlaceholderWord(string value)
        {
            foreach (var word in PlaceholderWords)
            {
                if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsPlaceholderFragment(string value)
        {
            foreach (var mark in PlaceholderMarks)
            {
                if (value.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            if (HasFillerRun(value))
            {
                return true;
            }

            foreach (var fragment in PlaceholderFragments)
            {
                if (ContainsWord(value, fragment))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Filler x's (<c>xxxx</c>, <c>XXXXXXXX</c>): a run of four or more standing alone between separators, or of
        /// eight or more anywhere. Four x's inside random key text happen by chance.
        /// </summary>
        private static bool HasFillerRun(string value)
        {
            var i = 0;
            while (i < value.Length)
            {
                if (value[i] != 'x' && value[i] != 'X')
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < value.Length && value[i] == value[start])
                {
                    i++;
                }

                var run = i - start;
                var alone = (start == 0 || !char.IsLetterOrDigit(value[start - 1])) && (i == value.Length || !char.IsLetterOrDigit(value[i]));
                if (run >= 8 || (run >= 4 && alone))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSingleRepeatedCharacter(string value)
        {
            var first = char.ToLowerInvariant(value[0]);
            for (var i = 1; i < value.Length; i++)
            {
                if (char.ToLowerInvariant(value[i]) != first)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Generated keys use many distinct characters; a long value with few of them is hand-typed filler.</summary>
        private static bool HasLowVariety(string value)
        {
            if (value.Length < 16)
            {
                return false;
            }

            return ShannonEntropy(value) < 3.0;
        }

        [ThreadStatic]
        private static int[]? s_counts;

        /// <summary>Shannon entropy in bits per character, over the first 4 KB of the value.</summary>
        public static double ShannonEntropy(string value)
        {
            var length = Math.Min(value.Length, 4096);
            if (length == 0)
            {
                return 0;
            }

            // One buffer per thread: this runs for many candidate values and must not allocate.
            var counts = s_counts ??= new int[128];
            Array.Clear(counts, 0, counts.Length);
            var other = 0;
            for (var i = 0; i < length; i++)
            {
                var c = value[i];
                if (c < 128)
                {
                    counts[c]++;
                }
                else
                {
                    other++;
                }
            }

            double entropy = 0;
            foreach (var count in counts)
            {
                entropy -= Term(count, length);
            }

            return entropy - Term(other, length);

            static double Term(int count, int total)
            {
                if (count == 0)
                {
                    return 0;
                }

                var p = (double)count / total;
                return p * Math.Log(p, 2);
            }
        }
    }
}
