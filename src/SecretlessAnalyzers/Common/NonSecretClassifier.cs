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

        // Words that mark a value as an example or an instruction rather than a credential.
        private static readonly string[] PlaceholderFragments =
        {
            "your", "replace", "changeme", "change-me", "change_me", "placeholder", "example", "redacted",
            "dummy", "xxxx", "****", "...", "\u2026", "insert", "sas_key_value", "abcdefghijklmnopqrstuvwxyz",
            "todo", "<", ">",
        };

        // Whole values that are words, not secrets.
        private static readonly string[] PlaceholderWords =
        {
            "true", "false", "null", "none", "password", "passwd", "secret", "key", "token", "test", "fake", "sample",
            "tbd", "empty", "string", "value", "accountkey", "apikey", "api-key",
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
                || HasLowVariety(trimmed);
        }

        /// <summary>An emulator key (Azurite, Cosmos DB emulator) or a published test vector, anywhere in the value.</summary>
        public static bool IsWellKnownNonSecret(string value)
        {
            if (value.IndexOf(StorageEmulatorKey, StringComparison.Ordinal) >= 0 || value.IndexOf(CosmosEmulatorKey, StringComparison.Ordinal) >= 0)
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
            foreach (var fragment in PlaceholderFragments)
            {
                if (value.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
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
