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

            // Secrets known by their surroundings: user:password@ in a URL, Bearer tokens, Functions keys (?code=)
            "://", "Bearer ", "bearer ", "BEARER ", "code=", "client_secret=", "CLIENT_SECRET=",

            // Escapes that can spell any character
            "\\u", "\\U", "\\x",
        };

        // The signatures that start with two characters, by their low bytes: one look-up per character of the text.
        // Characters outside ASCII share a slot with an ASCII one, which costs a comparison, never a miss.
        private static readonly byte[] PairGroups = new byte[256 * 256];
        private static readonly string[][] Groups = CreateGroups();

        /// <summary>The position of the first signature at or after <paramref name="start"/>, or -1.</summary>
        public static int IndexOf(string text, int start)
        {
            var last = text.Length - 1;
            if (start < 0)
            {
                start = 0;
            }

            if (start >= last)
            {
                return -1;
            }

            var previous = text[start] & 0xFF;
            for (var i = start; i < last; i++)
            {
                var next = text[i + 1] & 0xFF;
                var group = PairGroups[previous << 8 | next];
                if (group != 0 && StartsWithAny(text, i, Groups[group]))
                {
                    return i;
                }

                previous = next;
            }

            return -1;
        }

        /// <summary>Whether <paramref name="text"/> holds a signature: every text the detector recognises does.</summary>
        public static bool MayContainSecret(string text) => IndexOf(text, 0) >= 0;

        private static bool StartsWithAny(string text, int position, string[] signatures)
        {
            foreach (var signature in signatures)
            {
                if (position + signature.Length <= text.Length && string.CompareOrdinal(text, position, signature, 0, signature.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string[][] CreateGroups()
        {
            var groups = new List<string[]> { Array.Empty<string>() };
            foreach (var signature in Signatures)
            {
                var pair = signature[0] << 8 | signature[1];
                if (PairGroups[pair] == 0)
                {
                    PairGroups[pair] = (byte)groups.Count;
                    groups.Add(new[] { signature });
                }
                else
                {
                    var group = groups[PairGroups[pair]];
                    Array.Resize(ref group, group.Length + 1);
                    group[group.Length - 1] = signature;
                    groups[PairGroups[pair]] = group;
                }
            }

            return groups.ToArray();
        }
    }
}
