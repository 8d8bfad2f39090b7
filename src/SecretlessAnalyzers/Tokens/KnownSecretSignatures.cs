namespace SecretlessAnalyzers.Tokens
{
    /// <summary>
    /// The fixed text every format of <see cref="KnownSecretDetector"/> cannot be written without: a prefix
    /// (<c>ghp_</c>, <c>xox</c>, <c>AKIA</c>...), an identifiable key's signature (<c>+A</c>, <c>AzFu</c>,
    /// <c>JQQJ9</c>...), <c>Q~</c>, <c>eyJ</c>, <c>-----BEGIN</c>. SL1010 searches a file's text for them and runs the
    /// detector only on the string literals where one occurs. Escapes are the only way a literal's value can hold a
    /// signature its source text does not (<c>"\u0041KIA..."</c>), so <c>\u</c>, <c>\U</c> and <c>\x</c> count too;
    /// the other escapes, verbatim <c>""</c> and interpolated <c>{{</c> produce no signature character.
    /// Keep this list in step with the detector: a format added there needs its fixed text here.
    /// </summary>
    public static class KnownSecretSignatures
    {
        private static readonly string[] Signatures =
        {
            // Fixed-prefix tokens (DetectPrefixed)
            "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "AIza", "AKIA", "ASIA", "ABIA", "ACCA", "xox", "xapp-",
            "sk-", "sk_live_", "rk_live_", "SG.", "SharedAccessSignature", "npm_", "oy2", "dapi", "//hooks.slack.com/services/",

            // Entra client secrets, identifiable and common annotated keys, JWT, PEM
            "Q~", "+A", "ACDb", "APIM", "AIoT", "AzCa", "AZEG", "AzFu", "AzSe", "JQQJ9", "eyJ", "-----BEGIN",

            // Escapes that can spell any character
            "\\u", "\\U", "\\x",
        };

        // Whether some signature starts with the two (ASCII) characters: one table look-up per character of the text.
        private static readonly bool[] FirstPairs = CreateFirstPairs();

        /// <summary>The position of the first signature at or after <paramref name="start"/>, or -1.</summary>
        public static int IndexOf(string text, int start)
        {
            var last = text.Length - 1;
            for (var i = start < 0 ? 0 : start; i < last; i++)
            {
                var first = text[i];
                var second = text[i + 1];
                if (first < 128 && second < 128 && FirstPairs[first << 7 | second] && StartsWithSignature(text, i))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether <paramref name="text"/> holds a signature: every text the detector recognises does.</summary>
        public static bool MayContainSecret(string text) => IndexOf(text, 0) >= 0;

        private static bool StartsWithSignature(string text, int position)
        {
            foreach (var signature in Signatures)
            {
                if (text[position] == signature[0] && text[position + 1] == signature[1]
                    && position + signature.Length <= text.Length
                    && string.CompareOrdinal(text, position, signature, 0, signature.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool[] CreateFirstPairs()
        {
            var pairs = new bool[128 * 128];
            foreach (var signature in Signatures)
            {
                pairs[signature[0] << 7 | signature[1]] = true;
            }

            return pairs;
        }
    }
}
