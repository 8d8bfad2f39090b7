using System;
using System.Text;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>
    /// Builds format-valid secrets at test run time from a seed: identifiable keys with a correct Marvin32 checksum,
    /// Entra client secrets, vendor tokens. Nothing key-shaped is committed (push protection and secret scanners
    /// would rightly block it); every run sees the same values.
    /// </summary>
    public static class FakeTokens
    {
        private const string Base62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        private const string Base64 = Base62 + "+/";
        private const string Base64Url = Base62 + "-_";

        /// <summary>
        /// An identifiable key: random characters, the signature, then a checksum over the decoded bytes written into
        /// the last four bytes, as the services generate them.
        /// </summary>
        public static string IdentifiableKey(string signature, int prefixLength, int length, string seedName, string alphabet = Base64, int seed = 1)
        {
            var urlSafe = alphabet == Base64Url;
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var random = new Random(seed * 7919 + attempt);
                var dataLength = prefixLength + 10;
                var chars = new StringBuilder();
                for (var i = 0; i < prefixLength; i++)
                {
                    chars.Append(alphabet[random.Next(alphabet.Length)]);
                }

                chars.Append(signature).Append('A', 6);
                var text = chars.ToString();
                var bytes = Decode(text, urlSafe);
                var checksum = Marvin32.Compute(bytes, 0, bytes.Length - 4, Marvin32.Seed(seedName));
                for (var i = 0; i < 4; i++)
                {
                    bytes[bytes.Length - 4 + i] = (byte)(checksum >> (8 * i));
                }

                var key = Encode(bytes, dataLength, urlSafe).PadRight(length, '=');
                if (key.Substring(prefixLength, 4) == signature && IsIn(key.Substring(0, dataLength), alphabet))
                {
                    return key;
                }
            }

            throw new InvalidOperationException("No key with this signature and alphabet.");
        }

        public static string StorageKey(int seed = 1) => IdentifiableKey("+ASt", 76, 88, "Default0", seed: seed);

        public static string CosmosKey(int seed = 1) => IdentifiableKey("ACDb", 76, 88, "MastRW00", seed: seed);

        public static string ServiceBusKey(int seed = 1) => IdentifiableKey("+ASb", 33, 44, "Send0000", seed: seed);

        public static string EventHubsKey(int seed = 1) => IdentifiableKey("+AEh", 33, 44, "Listen00", seed: seed);

        public static string RelayKey(int seed = 1) => IdentifiableKey("+ARm", 33, 44, "Manage00", seed: seed);

        public static string RedisKey(int seed = 1) => IdentifiableKey("AzCa", 33, 44, "Access00", seed: seed);

        public static string EventGridKey(int seed = 1) => IdentifiableKey("AZEG", 33, 44, "SendRecv", seed: seed);

        public static string ApimKey(int seed = 1) => IdentifiableKey("APIM", 76, 88, "GitKey00", seed: seed);

        public static string FunctionsKey(int seed = 1) => IdentifiableKey("AzFu", 44, 56, "Functi00", Base64Url, seed);

        public static string SearchKey(int seed = 1) => IdentifiableKey("AzSe", 42, 52, "PAdmin00", Base62, seed);

        public static string ContainerRegistryKey(int seed = 1) => IdentifiableKey("+ACR", 42, 52, "ACRDflt0", seed: seed);

        public static string BatchKey(int seed = 1) => IdentifiableKey("+ABa", 76, 88, "AbAcct00", seed: seed);

        /// <summary>A common annotated key (84 Base62 characters) with the provider signature and a valid checksum.</summary>
        public static string CommonAnnotatedKey(string provider, char subKind, int seed = 1)
        {
            for (var attempt = 0; attempt < 5000; attempt++)
            {
                var random = new Random(seed * 104729 + attempt);
                var chars = new StringBuilder();
                for (var i = 0; i < 52; i++)
                {
                    chars.Append(Base62[random.Next(Base62.Length)]);
                }

                chars.Append("JQQJ99").Append('B').Append('E');
                for (var i = 0; i < 12; i++)
                {
                    chars.Append(Base62[random.Next(Base62.Length)]);
                }

                chars.Append("AAA").Append(subKind).Append(provider).Append("AAAA");
                var bytes = Decode(chars.ToString(), urlSafe: false);
                var checksum = Marvin32.Compute(bytes, 0, 60, Marvin32.Seed("Default0"));
                for (var i = 0; i < 3; i++)
                {
                    bytes[60 + i] = (byte)(checksum >> (8 * i));
                }

                var key = Encode(bytes, 84, urlSafe: false);
                if (key.Substring(0, 80) == chars.ToString(0, 80) && IsIn(key, Base62))
                {
                    return key;
                }
            }

            throw new InvalidOperationException("No annotated key for this provider.");
        }

        /// <summary>An Entra client secret: 3 characters, "8Q~", 31 characters, and the 3-character checksum.</summary>
        public static string EntraSecret(int seed = 1)
        {
            const string alphabet = Base62 + "._~-";
            const string checksumAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~";
            var random = new Random(seed);
            var text = new StringBuilder();
            for (var i = 0; i < 37; i++)
            {
                text.Append(i >= 3 && i < 6 ? "8Q~"[i - 3] : alphabet[random.Next(alphabet.Length)]);
            }

            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            var checksum = (uint)Marvin32.Compute(bytes, 0, bytes.Length, Marvin32.Seed("AadPwd00"));
            var digits = new char[6];
            for (var i = 5; i >= 0; i--)
            {
                digits[i] = checksumAlphabet[(int)(checksum % 66)];
                checksum /= 66;
            }

            return text.Append(digits, 0, 3).ToString();
        }

        /// <summary>The same key with one character of its random part changed: the checksum no longer holds.</summary>
        public static string Corrupt(string key, int index = 10)
        {
            var chars = key.ToCharArray();
            chars[index] = chars[index] == 'Q' ? 'R' : 'Q';
            return new string(chars);
        }

        public static string Random62(int length, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                text.Append(Base62[random.Next(Base62.Length)]);
            }

            return text.ToString();
        }

        public static string GitHubToken(int seed = 3) => "gh" + "p_" + Random62(36, seed);

        public static string GitHubFineGrainedToken(int seed = 3) => "github" + "_pat_" + Random62(22, seed) + "_" + Random62(59, seed + 1);

        public static string AwsAccessKeyId(int seed = 4)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            var random = new Random(seed);
            var text = new StringBuilder("AK" + "IA");
            for (var i = 0; i < 16; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            return text.ToString();
        }

        public static string AwsSecretAccessKey(int seed = 5) => Random62(19, seed) + "/" + Random62(20, seed + 1);

        public static string SlackBotToken(int seed = 6) => "xo" + "xb-" + "1234567890123-9876543210987-" + Random62(24, seed);

        public static string StripeLiveKey(int seed = 7) => "sk" + "_live_" + Random62(99, seed);

        public static string GoogleApiKey(int seed = 8) => "AI" + "za" + Random62(35, seed);

        public static string OpenAIKey(int seed = 9) => "sk-" + "proj-" + Random62(58, seed) + "T3Blbk" + "FJ" + Random62(58, seed + 1);

        public static string SendGridKey(int seed = 10) => "S" + "G." + Random62(22, seed) + "." + Random62(43, seed + 1);

        public static string NpmToken(int seed = 11) => "np" + "m_" + Random62(36, seed);

        /// <summary>A signed JWT: HS256 header, a payload, and a random 43-character signature.</summary>
        public static string Jwt(int seed = 12, string algorithm = "HS256") =>
            Base64UrlText("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}") + "."
            + Base64UrlText("{\"sub\":\"orders-service\",\"iat\":1700000000,\"seed\":" + seed + "}") + "."
            + Random62(43, seed);

        public static string ServiceBusSasToken(int seed = 13) =>
            "SharedAccessSignature sr=https%3A%2F%2Fcontoso.servicebus.windows.net%2Forders&sig="
            + Uri.EscapeDataString(Convert.ToBase64String(Bytes(seed, 32))) + "&se=1900000000&skn=Send";

        public static string PemPrivateKey(int seed = 14) =>
            "-----BEGIN " + "RSA PRIVATE KEY-----\n" + Convert.ToBase64String(Bytes(seed, 96)) + "\n" + Convert.ToBase64String(Bytes(seed + 1, 96))
            + "\n-----END RSA PRIVATE KEY-----";

        public static byte[] Bytes(int seed, int count)
        {
            var bytes = new byte[count];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }

        private static string Base64UrlText(string text) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static bool IsIn(string text, string alphabet)
        {
            foreach (var c in text)
            {
                if (alphabet.IndexOf(c) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static byte[] Decode(string text, bool urlSafe)
        {
            var bytes = new byte[text.Length * 6 / 8];
            int buffer = 0, bits = 0, index = 0;
            foreach (var c in text)
            {
                buffer = buffer << 6 | StandardIndex(c, urlSafe);
                bits += 6;
                if (bits >= 8 && index < bytes.Length)
                {
                    bits -= 8;
                    bytes[index++] = (byte)(buffer >> bits);
                }
            }

            return bytes;
        }

        private static int StandardIndex(char c, bool urlSafe)
        {
            const string standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            if (urlSafe)
            {
                c = c == '-' ? '+' : c == '_' ? '/' : c;
            }

            return standard.IndexOf(c);
        }

        private static string Encode(byte[] bytes, int characters, bool urlSafe)
        {
            var text = Convert.ToBase64String(bytes).TrimEnd('=');
            if (urlSafe)
            {
                text = text.Replace('+', '-').Replace('/', '_');
            }

            return text.Substring(0, Math.Min(characters, text.Length));
        }
    }
}
