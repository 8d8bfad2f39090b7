using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Tokens
{
    /// <summary>
    /// Recognises secrets by their documented format, anywhere in a text: Azure identifiable keys (fixed signature at
    /// a fixed offset plus a Marvin32 checksum), Entra client secrets, Service Bus SAS tokens, PEM private keys,
    /// signed JWTs and the fixed-prefix tokens of common vendors. Pure text work: one linear pass splits the text
    /// into runs of key characters, and only runs of 20 characters or more are looked at; no regular expressions,
    /// no allocation until a format matches, total over any input.
    /// </summary>
    public static class KnownSecretDetector
    {
        /// <summary>The shortest format (an AWS access key id) has 20 characters.</summary>
        public const int MinimumLength = 20;

        // Characters that may appear inside a key of any format: base64 (both alphabets), '.', '~', '='.
        private static readonly bool[] RunCharacters = CharacterTable("+/=_-.~");
        private static readonly bool[] Base64Characters = CharacterTable("+/");
        private static readonly bool[] Base64UrlCharacters = CharacterTable("_-");
        private static readonly bool[] Base62Characters = CharacterTable(string.Empty);
        private static readonly bool[] EntraCharacters = CharacterTable("._~-");

        private static readonly ulong DefaultSeed = Marvin32.Seed("Default0");
        private static readonly ulong EntraSeed = Marvin32.Seed("AadPwd00");
        private const string EntraChecksumAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~";

        private static readonly ulong[] MessagingSeeds = Seeds("Send0000", "Listen00", "Manage00", "System00");

        // Identifiable keys: 4-character signature, the number of characters before it, the total length (padding
        // included), the alphabet, and the checksum seeds (microsoft/security-utilities IdentifiableMetadata).
        private static readonly IdentifiableFormat[] IdentifiableFormats =
        {
            new IdentifiableFormat("+ASt", 76, 88, Alphabet.Base64, "AzureStorageAccountKey", "Azure Storage account key", SecretHome.ManagedIdentity, Seeds("Default0")),
            new IdentifiableFormat("ACDb", 76, 88, Alphabet.Base64, "AzureCosmosDBKey", "Azure Cosmos DB key", SecretHome.ManagedIdentity,
                Seeds("MastRW00", "MastRO00", "SysAll00", "SystRO00", "SystRW00", "Resour00", "Encryp00")),
            new IdentifiableFormat("APIM", 76, 88, Alphabet.Base64, "AzureApiManagementKey", "Azure API Management key", SecretHome.KeyVault,
                Seeds("Tenant00", "IoTHub00", "Gatewy00", "GitKey00")),
            new IdentifiableFormat("AIoT", 76, 88, Alphabet.Base64, "AzureIotKey", "Azure IoT Hub / Device Provisioning key", SecretHome.KeyVault,
                Seeds("IoTHub00", "DpsKey00", "Device00")),
            new IdentifiableFormat("+ABa", 76, 88, Alphabet.Base64, "AzureBatchKey", "Azure Batch account key", SecretHome.ManagedIdentity, Seeds("AbAcct00")),
            new IdentifiableFormat("+AMC", 76, 88, Alphabet.Base64, "AzureMLClassicKey", "Azure Machine Learning (classic) web service key", SecretHome.KeyVault, Seeds("Classic0")),
            new IdentifiableFormat("+ASb", 33, 44, Alphabet.Base64, "AzureServiceBusKey", "Azure Service Bus shared access key", SecretHome.ManagedIdentity, MessagingSeeds),
            new IdentifiableFormat("+AEh", 33, 44, Alphabet.Base64, "AzureEventHubsKey", "Azure Event Hubs shared access key", SecretHome.ManagedIdentity, MessagingSeeds),
            new IdentifiableFormat("+ARm", 33, 44, Alphabet.Base64, "AzureRelayKey", "Azure Relay shared access key", SecretHome.ManagedIdentity, MessagingSeeds),
            new IdentifiableFormat("AzCa", 33, 44, Alphabet.Base64, "AzureCacheForRedisKey", "Azure Cache for Redis access key", SecretHome.ManagedIdentity, Seeds("Access00")),
            new IdentifiableFormat("AZEG", 33, 44, Alphabet.Base64, "AzureEventGridKey", "Azure Event Grid access key", SecretHome.ManagedIdentity, Seeds("SendRecv")),
            new IdentifiableFormat("AzFu", 44, 56, Alphabet.Base64Url, "AzureFunctionsKey", "Azure Functions key", SecretHome.KeyVault, Seeds("Functi00", "Master00", "System00")),
            new IdentifiableFormat("AzSe", 42, 52, Alphabet.Base62, "AzureSearchKey", "Azure AI Search key", SecretHome.ManagedIdentity, Seeds("Query000", "PAdmin00")),
            new IdentifiableFormat("+ACR", 42, 52, Alphabet.Base64, "AzureContainerRegistryKey", "Azure Container Registry key", SecretHome.ManagedIdentity, Seeds("ACRDflt0")),
        };

        private enum Alphabet
        {
            Base64,
            Base64Url,
            Base62,
        }

        /// <summary>The first known secret in <paramref name="text"/>, or null.</summary>
        public static KnownSecret? Detect(string text)
        {
            if (text.Length < MinimumLength)
            {
                return null;
            }

            if (text.Length >= 100 && text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0)
            {
                var pem = DetectPrivateKey(text);
                if (pem is not null)
                {
                    return pem;
                }
            }

            var position = 0;
            while (position < text.Length)
            {
                if (!IsIn(RunCharacters, text[position]))
                {
                    position++;
                    continue;
                }

                var start = position;
                while (position < text.Length && IsIn(RunCharacters, text[position]))
                {
                    position++;
                }

                if (position - start >= MinimumLength)
                {
                    var found = DetectInRun(text, start, position);
                    if (found is not null)
                    {
                        return found;
                    }
                }
            }

            // No format of its own: a secret known by what surrounds it (a JWT after "Bearer " is a JWT above).
            return DetectUrlCredentials(text) ?? DetectBearerToken(text) ?? DetectFunctionsCode(text) ?? DetectFormClientSecret(text);
        }

        private static KnownSecret? DetectInRun(string text, int start, int end)
        {
            return DetectPrefixedAnywhere(text, start, end)
                ?? DetectEntraSecret(text, start, end)
                ?? DetectIdentifiable(text, start, end)
                ?? DetectJwt(text, start, end);
        }

        // ---- Fixed-prefix tokens -------------------------------------------------------------------------------

        /// <summary>At the start of the run and after each '=' in it (<c>api_key=ghp_...</c>).</summary>
        private static KnownSecret? DetectPrefixedAnywhere(string text, int start, int end)
        {
            var found = DetectPrefixed(text, start, end);
            for (var equals = IndexOf(text, "=", start, end); found is null && equals >= 0 && end - equals > MinimumLength; equals = IndexOf(text, "=", equals + 1, end))
            {
                if (text[equals + 1] != '=')
                {
                    found = DetectPrefixed(text, equals + 1, end);
                }
            }

            return found;
        }

        private static KnownSecret? DetectPrefixed(string text, int start, int end)
        {
            switch (text[start])
            {
                case 'g':
                    if (StartsWith(text, start, "github_pat_"))
                    {
                        return Exact(text, start, end, 11, 82, Base62Characters, '_', "GitHubFineGrainedToken", "GitHub fine-grained personal access token");
                    }

                    if (end - start >= 40 && text[start + 1] == 'h' && text[start + 3] == '_' && "pousr".IndexOf(text[start + 2]) >= 0)
                    {
                        return Exact(text, start, end, 4, 36, Base62Characters, null, "GitHubToken", "GitHub token");
                    }

                    break;
                case 'A':
                    if (StartsWith(text, start, "AIza"))
                    {
                        return Exact(text, start, end, 4, 35, Base64UrlCharacters, null, "GoogleApiKey", "Google API key");
                    }

                    if (StartsWith(text, start, "AKIA") || StartsWith(text, start, "ASIA") || StartsWith(text, start, "ABIA") || StartsWith(text, start, "ACCA"))
                    {
                        return DetectAwsAccessKey(text, start, end);
                    }

                    break;
                case 'x':
                    if (StartsWith(text, start, "xox") && end - start >= 30 && text[start + 4] == '-' && "baprseo".IndexOf(text[start + 3]) >= 0
                        || StartsWith(text, start, "xapp-") && end - start >= 40)
                    {
                        return AllIn(text, start + 5, end, Base62Characters, '-') && CountDigits(text, start, end) >= 10
                            ? Found(text, start, end, "SlackToken", "Slack token", checksum: false, SecretHome.KeyVault)
                            : null;
                    }

                    break;
                case 's':
                    if (StartsWith(text, start, "sk-ant-") && end - start >= 90)
                    {
                        return AllIn(text, start, end, Base62Characters, '-', '_') ? Found(text, start, end, "AnthropicApiKey", "Anthropic API key", checksum: false, SecretHome.KeyVault) : null;
                    }

                    if (StartsWith(text, start, "sk-") && IndexOf(text, "T3BlbkFJ", start, end) > start)
                    {
                        return AllIn(text, start, end, Base62Characters, '-', '_') ? Found(text, start, end, "OpenAIApiKey", "OpenAI API key", checksum: false, SecretHome.KeyVault) : null;
                    }

                    if (StartsWith(text, start, "sk_live_") && end - start >= 32)
                    {
                        return AllIn(text, start + 8, end, Base62Characters) ? Found(text, start, end, "StripeSecretKey", "Stripe live secret key", checksum: false, SecretHome.KeyVault) : null;
                    }

                    break;
                case 'r':
                    if (StartsWith(text, start, "rk_live_") && end - start >= 32)
                    {
                        return AllIn(text, start + 8, end, Base62Characters) ? Found(text, start, end, "StripeRestrictedKey", "Stripe live restricted key", checksum: false, SecretHome.KeyVault) : null;
                    }

                    break;
                case 'S':
                    if (StartsWith(text, start, "SG.") && end - start == 69 && text[start + 25] == '.')
                    {
                        return AllIn(text, start + 3, end, Base64UrlCharacters, '.') ? Found(text, start, end, "SendGridApiKey", "SendGrid API key", checksum: false, SecretHome.KeyVault) : null;
                    }

                    if (end - start == 21 && StartsWith(text, start, "SharedAccessSignature") && end < text.Length && text[end] == ' ')
                    {
                        return DetectMessagingSasToken(text, start);
                    }

                    break;
                case 'n':
                    if (StartsWith(text, start, "npm_"))
                    {
                        return Exact(text, start, end, 4, 36, Base62Characters, null, "NpmAccessToken", "npm access token");
                    }

                    break;
                case 'o':
                    if (StartsWith(text, start, "oy2") && end - start == 46 && AllLowerBase32(text, start + 3, end))
                    {
                        return Found(text, start, end, "NuGetApiKey", "NuGet API key", checksum: false, SecretHome.KeyVault);
                    }

                    break;
                case 'd':
                    if (StartsWith(text, start, "dapi") && (end - start == 36 || end - start == 38) && AllHex(text, start + 4, start + 36))
                    {
                        return Found(text, start, end, "DatabricksToken", "Azure Databricks personal access token", checksum: false, SecretHome.ManagedIdentity);
                    }

                    break;
                case '/':
                    if (StartsWith(text, start, "//hooks.slack.com/services/") && end - start >= 60)
                    {
                        return Found(text, start + 2, end, "SlackWebhook", "Slack incoming webhook URL", checksum: false, SecretHome.KeyVault);
                    }

                    break;
            }

            return null;
        }

        /// <summary>The prefix, then exactly <paramref name="bodyLength"/> characters of the alphabet, then the end of the run or a non-alphanumeric.</summary>
        private static KnownSecret? Exact(string text, int start, int end, int prefixLength, int bodyLength, bool[] alphabet, char? extra, string kind, string name)
        {
            var tokenEnd = start + prefixLength + bodyLength;
            if (tokenEnd > end || tokenEnd < end && char.IsLetterOrDigit(text[tokenEnd]))
            {
                return null;
            }

            return AllIn(text, start + prefixLength, tokenEnd, alphabet, extra ?? '\0')
                ? Found(text, start, tokenEnd, kind, name, checksum: false, SecretHome.KeyVault)
                : null;
        }

        private static KnownSecret? DetectAwsAccessKey(string text, int start, int end)
        {
            var keyEnd = start + 20;
            if (keyEnd > end || keyEnd < end && char.IsLetterOrDigit(text[keyEnd]))
            {
                return null;
            }

            for (var i = start + 4; i < keyEnd; i++)
            {
                var c = text[i];
                if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7'))
                {
                    return null;
                }
            }

            // The secret access key has no format of its own: say so when one sits next to the key id.
            var withSecret = HasAwsSecretRun(text);
            return Found(text, start, keyEnd, "AwsAccessKey",
                withSecret ? "AWS access key id with its secret access key" : "AWS access key id", checksum: false, SecretHome.KeyVault);
        }

        private static bool HasAwsSecretRun(string text)
        {
            var runStart = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inRun = i < text.Length && (IsIn(Base62Characters, text[i]) || text[i] == '+' || text[i] == '/');
                if (inRun && runStart < 0)
                {
                    runStart = i;
                }
                else if (!inRun && runStart >= 0)
                {
                    if (i - runStart == 40 && CountDigits(text, runStart, i) > 0 && HasLowerAndUpper(text, runStart, i))
                    {
                        return true;
                    }

                    runStart = -1;
                }
            }

            return false;
        }

        /// <summary><c>SharedAccessSignature sr=...&amp;sig=...&amp;se=...&amp;skn=...</c>: a Service Bus / Event Hubs / Relay token.</summary>
        private static KnownSecret? DetectMessagingSasToken(string text, int start)
        {
            var sig = IndexOf(text, "sig=", start, text.Length);
            if (sig < 0 || IndexOf(text, "se=", start, text.Length) < 0 || IndexOf(text, "sr=", start, text.Length) < 0)
            {
                return null;
            }

            var valueStart = sig + 4;
            var valueEnd = valueStart;
            while (valueEnd < text.Length && text[valueEnd] != '&' && !char.IsWhiteSpace(text[valueEnd]) && text[valueEnd] != ';')
            {
                valueEnd++;
            }

            var signature = text.Substring(valueStart, valueEnd - valueStart);
            var decoded = signature.Replace("%2B", "+").Replace("%2b", "+").Replace("%2F", "/").Replace("%2f", "/").Replace("%3D", "=").Replace("%3d", "=");
            if (decoded.Length < 43 || NonSecretClassifier.IsNonSecret(decoded))
            {
                return null;
            }

            return new KnownSecret("ServiceBusSasToken", "Service Bus / Event Hubs / Relay shared access signature", signature, ChecksumVerified: false, SecretHome.ManagedIdentity);
        }

        // ---- Entra client secrets ------------------------------------------------------------------------------

        /// <summary>
        /// 3 characters, <c>8Q~</c>, 34 characters (the last 3 a Marvin32 checksum of the first 37), or the older
        /// 3 + <c>7Q~</c> + 31 without checksum.
        /// </summary>
        private static KnownSecret? DetectEntraSecret(string text, int start, int end)
        {
            var q = IndexOf(text, "Q~", start + 4, end);
            while (q >= 0)
            {
                var version = text[q - 1];
                var keyStart = q - 4;
                var keyEnd = keyStart + (version == '8' ? 40 : 37);
                if ((version == '8' || version == '7') && keyEnd <= end
                    && (keyStart == start || !IsIn(EntraCharacters, text[keyStart - 1]))
                    && (keyEnd == end || !IsIn(EntraCharacters, text[keyEnd]))
                    && AllIn(text, keyStart, keyEnd, EntraCharacters))
                {
                    if (version == '7')
                    {
                        return FoundIfNotPlaceholder(text, keyStart, keyEnd, "EntraClientSecret", "Microsoft Entra client secret (older format)", SecretHome.EntraApplication);
                    }

                    if (IsValidEntraChecksum(text, keyStart))
                    {
                        return Found(text, keyStart, keyEnd, "EntraClientSecret", "Microsoft Entra client secret", checksum: true, SecretHome.EntraApplication);
                    }
                }

                q = q + 2 < end ? IndexOf(text, "Q~", q + 2, end) : -1;
            }

            return null;
        }

        /// <summary>The last three characters are the leading digits of Marvin32(first 37) written in base 66.</summary>
        public static bool IsValidEntraChecksum(string text, int keyStart)
        {
            var bytes = new byte[37];
            for (var i = 0; i < 37; i++)
            {
                bytes[i] = (byte)text[keyStart + i];
            }

            var checksum = (uint)Marvin32.Compute(bytes, 0, bytes.Length, EntraSeed);
            var digits = new char[6];
            var radix = (uint)EntraChecksumAlphabet.Length;
            for (var i = 5; i >= 0; i--)
            {
                digits[i] = EntraChecksumAlphabet[(int)(checksum % radix)];
                checksum /= radix;
            }

            return text[keyStart + 37] == digits[0] && text[keyStart + 38] == digits[1] && text[keyStart + 39] == digits[2];
        }

        // ---- Identifiable keys ---------------------------------------------------------------------------------

        private static KnownSecret? DetectIdentifiable(string text, int start, int end)
        {
            if (end - start < 44)
            {
                return null;
            }

            for (var p = start + 33; p + 4 <= end; p++)
            {
                var c = text[p];
                if (c == 'J')
                {
                    var cask = DetectCommonAnnotatedKey(text, start, end, p);
                    if (cask is not null)
                    {
                        return cask;
                    }

                    continue;
                }

                // Every signature starts "+A", "AC", "AP", "AI", "Az" or "AZ": most characters fail here.
                var next = text[p + 1];
                if (c == '+' ? next != 'A' : c != 'A' || (next != 'C' && next != 'P' && next != 'I' && next != 'z' && next != 'Z'))
                {
                    continue;
                }

                foreach (var format in IdentifiableFormats)
                {
                    if (string.CompareOrdinal(text, p, format.Signature, 0, 4) != 0)
                    {
                        continue;
                    }

                    var keyStart = p - format.PrefixLength;
                    var keyEnd = keyStart + format.Length;
                    if (keyStart < start || keyEnd > end || !format.HasShape(text, keyStart, start, end))
                    {
                        continue;
                    }

                    var key = text.Substring(keyStart, format.Length);
                    var bytes = DecodeBase64(text, keyStart, format.DataLength, format.Alphabet == Alphabet.Base64Url);
                    if (format.HasValidChecksum(bytes) && !NonSecretClassifier.IsWellKnownNonSecret(key))
                    {
                        return new KnownSecret(format.Kind, format.DisplayName, key, ChecksumVerified: true, format.Home);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A common annotated security key (Azure AI services, OpenAI, App Configuration, Event Grid, Maps...):
        /// 52 Base62 characters, <c>JQQJ9</c>, a kind, a date, reserved fields, a provider signature at 76 and a
        /// checksum at 80; 84 characters, or 88 with two more and <c>==</c>.
        /// </summary>
        private static KnownSecret? DetectCommonAnnotatedKey(string text, int start, int end, int signature)
        {
            var keyStart = signature - 52;
            if (keyStart < start || signature + 32 > end || string.CompareOrdinal(text, signature, "JQQJ9", 0, 5) != 0)
            {
                return null;
            }

            var kind = text[keyStart + 57];
            var month = text[keyStart + 59];
            var isLong = keyStart + 88 <= end && text[keyStart + 86] == '=' && text[keyStart + 87] == '=';
            var keyEnd = keyStart + (isLong ? 88 : 84);
            var dataEnd = keyStart + (isLong ? 86 : 84);
            if ((kind != '9' && kind != 'D' && kind != 'H') || month < 'A' || month > 'L'
                || (keyStart > start && IsIn(Base64Characters, text[keyStart - 1]))
                || (keyEnd < end && IsIn(Base64Characters, text[keyEnd]))
                || !AllIn(text, keyStart, dataEnd, Base62Characters))
            {
                return null;
            }

            var provider = text.Substring(keyStart + 76, 4).ToUpperInvariant();
            var (kindName, displayName, home) = CommonAnnotatedProvider(provider, text[keyStart + 75]);
            var verified = false;
            if (kind == '9')
            {
                // Standard keys carry the checksum; derived and hashed keys use another encoding, kept as shape matches.
                var bytes = DecodeBase64(text, keyStart, dataEnd - keyStart, urlSafe: false);
                var checksum = Marvin32.Compute(bytes, 0, 60, DefaultSeed);
                var compared = isLong ? 4 : 3;
                for (var i = 0; i < compared; i++)
                {
                    if (bytes[60 + i] != (byte)(checksum >> (8 * i)))
                    {
                        return null;
                    }
                }

                verified = true;
            }

            return new KnownSecret(kindName, displayName, text.Substring(keyStart, keyEnd - keyStart), verified, home);
        }

        private static (string Kind, string Name, SecretHome Home) CommonAnnotatedProvider(string signature, char subKind) => signature switch
        {
            "ACOG" when subKind == 'B' => ("AzureOpenAIKey", "Azure OpenAI key", SecretHome.ManagedIdentity),
            "ACOG" => ("AzureAIServicesKey", "Azure AI services key", SecretHome.ManagedIdentity),
            "AZAC" => ("AzureAppConfigurationKey", "Azure App Configuration access key", SecretHome.ManagedIdentity),
            "AZEG" => ("AzureEventGridKey", "Azure Event Grid access key", SecretHome.ManagedIdentity),
            "AZMP" => ("AzureMapsKey", "Azure Maps key", SecretHome.ManagedIdentity),
            "AZCS" => ("AzureCommunicationServicesKey", "Azure Communication Services key", SecretHome.ManagedIdentity),
            "AZMR" => ("AzureMixedRealityKey", "Azure Mixed Reality key", SecretHome.ManagedIdentity),
            "AZFR" => ("AzureFluidRelayKey", "Azure Fluid Relay key", SecretHome.KeyVault),
            "AZDO" => ("AzureDevOpsToken", "Azure DevOps personal access token", SecretHome.KeyVault),
            _ => ("AzureAnnotatedKey", "Azure identifiable key", SecretHome.KeyVault),
        };

        // ---- JWT and PEM ---------------------------------------------------------------------------------------

        /// <summary>header.payload.signature, base64url, header declaring an algorithm other than "none".</summary>
        private static KnownSecret? DetectJwt(string text, int start, int end)
        {
            var headerStart = IndexOf(text, "eyJ", start, end);
            if (headerStart < 0 || (headerStart > start && IsIn(Base64UrlCharacters, text[headerStart - 1])))
            {
                return null;
            }

            var firstDot = SkipBase64Url(text, headerStart, end);
            if (firstDot >= end || text[firstDot] != '.' || firstDot - headerStart < 10 || !StartsWith(text, firstDot + 1, "eyJ"))
            {
                return null;
            }

            var secondDot = SkipBase64Url(text, firstDot + 1, end);
            if (secondDot >= end || text[secondDot] != '.' || secondDot - firstDot < 10)
            {
                return null;
            }

            var signatureEnd = SkipBase64Url(text, secondDot + 1, end);
            if (signatureEnd - secondDot - 1 < 16)
            {
                return null;
            }

            var header = DecodeBase64Text(text, headerStart, firstDot - headerStart);
            if (header.IndexOf("\"alg\"", StringComparison.Ordinal) < 0 || header.IndexOf("\"none\"", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return null;
            }

            var token = text.Substring(headerStart, signatureEnd - headerStart);
            return NonSecretClassifier.IsWellKnownNonSecret(token)
                ? null
                : new KnownSecret("Jwt", "signed JSON Web Token", token, ChecksumVerified: false, SecretHome.IssuedToken);
        }

        /// <summary>A PEM private key block with a body (a bare header, as a parser writes it, is not a key).</summary>
        private static KnownSecret? DetectPrivateKey(string text)
        {
            var begin = text.IndexOf("-----BEGIN", StringComparison.Ordinal);
            while (begin >= 0)
            {
                var headerEnd = text.IndexOf("-----", begin + 10, StringComparison.Ordinal);
                if (headerEnd < 0)
                {
                    return null;
                }

                var label = text.Substring(begin + 10, headerEnd - begin - 10);
                var bodyEnd = text.IndexOf("-----END", headerEnd + 5, StringComparison.Ordinal);
                if (label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && label.Length < 40 && bodyEnd > 0
                    && CountBase64(text, headerEnd + 5, bodyEnd) >= 64)
                {
                    var body = text.Substring(headerEnd + 5, bodyEnd - headerEnd - 5).Trim();
                    return NonSecretClassifier.IsNonSecret(body)
                        ? null
                        : new KnownSecret("PrivateKey", "PEM private key (" + label.Trim() + ")", body, ChecksumVerified: false, SecretHome.KeyVault);
                }

                begin = text.IndexOf("-----BEGIN", headerEnd, StringComparison.Ordinal);
            }

            return null;
        }

        // ---- Secrets known by what surrounds them -----------------------------------------------------------------

        /// <summary>
        /// <c>scheme://user:password@host</c> in any URL: <c>postgres(ql)://</c>, <c>mongodb(+srv)://</c> (Azure Cosmos DB
        /// for MongoDB included), <c>amqp(s)://</c>, <c>redis(s)://</c>, <c>https://</c>... Only the first authority
        /// of each URL is read; linear in the text.
        /// </summary>
        private static KnownSecret? DetectUrlCredentials(string text)
        {
            for (var scheme = text.IndexOf("://", StringComparison.Ordinal); scheme > 0; scheme = text.IndexOf("://", scheme + 3, StringComparison.Ordinal))
            {
                var start = scheme + 3;
                var at = -1;
                var colon = -1;
                var end = start;
                for (; end < text.Length; end++)
                {
                    var c = text[end];
                    if (c == '/' || c == '?' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == ';' || char.IsControl(c))
                    {
                        break;
                    }

                    if (c == '@')
                    {
                        at = end;
                    }
                    else if (c == ':' && at < 0 && colon < 0)
                    {
                        colon = end;
                    }
                }

                if (at < 0 && colon >= 0 && end < text.Length && text[end] == '/')
                {
                    // A base64 key may hold '/': mongodb://account:abc/def==@account.mongo.cosmos.azure.com:10255/.
                    at = IndexOfUserInfoEnd(text, end);
                }

                if (at < 0 || colon < 0 || colon > at)
                {
                    continue;
                }

                if (text.IndexOf('/', colon, at - colon) >= 0 && !KeyShapes.IsBase64Key(Uri.UnescapeDataString(text.Substring(colon + 1, at - colon - 1))))
                {
                    // https://host:8080/path/user@example.com: a port and a path, not a password.
                    continue;
                }

                end = at;
                while (end < text.Length && text[end] != '/' && text[end] != '?' && text[end] != '#' && text[end] != '"' && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                var encoded = text.Substring(colon + 1, at - colon - 1);
                var password = Uri.UnescapeDataString(encoded);
                var host = HostOfAuthority(text, at + 1, end);
                if (password.Length < 3 || host.Length == 0 || NonSecretClassifier.IsNonSecret(password) || IsTemplateLike(encoded))
                {
                    continue;
                }

                var isCosmosMongo = host.EndsWith(".mongo.cosmos.azure.com", StringComparison.OrdinalIgnoreCase);
                return new KnownSecret(
                    isCosmosMongo ? "CosmosDbMongoConnectionString" : "UrlCredentials",
                    isCosmosMongo ? "Azure Cosmos DB for MongoDB account key in a connection string" : "Password in a URL",
                    password,
                    ChecksumVerified: false,
                    SecretHome.KeyVault,
                    host);
            }

            return null;
        }

        // The '@' that ends a user:password holding '/', within the next 200 characters of the same token.
        private static int IndexOfUserInfoEnd(string text, int from)
        {
            var limit = Math.Min(text.Length, from + 200);
            for (var i = from; i < limit; i++)
            {
                var c = text[i];
                if (c == '@')
                {
                    return i;
                }

                if (c == '?' || c == '#' || c == '"' || c == ';' || char.IsWhiteSpace(c))
                {
                    return -1;
                }
            }

            return -1;
        }

        // "host:port", "h1:p,h2:p" -> the first host name.
        private static string HostOfAuthority(string text, int start, int end)
        {
            var stop = start;
            while (stop < end && text[stop] != ':' && text[stop] != ',')
            {
                stop++;
            }

            return text.Substring(start, stop - start);
        }

        // %s, {0}, <password>, $PASS, ****: a URL pattern, not a URL.
        private static bool IsTemplateLike(string value)
        {
            if (value.IndexOf('{') >= 0 || value.IndexOf('<') >= 0 || value.IndexOf('$') >= 0 || value.IndexOf('*') >= 0)
            {
                return true;
            }

            // %s, %PASSWORD%: a '%' that does not start a percent-encoded byte.
            for (var percent = value.IndexOf('%'); percent >= 0; percent = value.IndexOf('%', percent + 1))
            {
                if (percent + 2 >= value.Length || !Uri.IsHexDigit(value[percent + 1]) || !Uri.IsHexDigit(value[percent + 2]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Bearer &lt;token&gt;</c>: a token of any format written after the scheme of an Authorization header.</summary>
        private static KnownSecret? DetectBearerToken(string text)
        {
            // "Bearer ", "bearer ", "BEARER ": the spellings KnownSecretSignatures searches for.
            var bearer = text.IndexOf("Bearer ", StringComparison.Ordinal);
            if (bearer < 0)
            {
                bearer = text.IndexOf("bearer ", StringComparison.Ordinal);
            }

            if (bearer < 0)
            {
                bearer = text.IndexOf("BEARER ", StringComparison.Ordinal);
            }

            if (bearer < 0 || (bearer > 0 && char.IsLetterOrDigit(text[bearer - 1])))
            {
                return null;
            }

            var start = bearer + 7;
            var end = start;
            while (end < text.Length && (IsIn(RunCharacters, text[end])))
            {
                end++;
            }

            var token = text.Substring(start, end - start);
            return token.Length >= 20 && NonSecretClassifier.ShannonEntropy(token) >= 3.5 && !NonSecretClassifier.IsNonSecret(token)
                ? new KnownSecret("BearerToken", "Bearer token", token, ChecksumVerified: false, SecretHome.IssuedToken)
                : null;
        }

        /// <summary>An Azure Functions key in a function URL: <c>https://app.azurewebsites.net/api/orders?code=...</c>.</summary>
        private static KnownSecret? DetectFunctionsCode(string text)
        {
            var api = text.IndexOf("/api/", StringComparison.OrdinalIgnoreCase);
            if (api < 0)
            {
                return null;
            }

            var code = text.IndexOf("code=", api, StringComparison.Ordinal);
            if (code < 0 || (text[code - 1] != '?' && text[code - 1] != '&'))
            {
                return null;
            }

            var start = code + 5;
            var end = start;
            while (end < text.Length && text[end] != '&' && text[end] != '#' && text[end] != '"' && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var key = Uri.UnescapeDataString(text.Substring(start, end - start));
            return key.Length >= 20 && NonSecretClassifier.ShannonEntropy(key) >= 3.5 && !NonSecretClassifier.IsNonSecret(key) && !IsTemplateLike(key)
                ? new KnownSecret("AzureFunctionsKey", "Azure Functions key in a function URL", key, ChecksumVerified: false, SecretHome.KeyVault)
                : null;
        }

        /// <summary><c>grant_type=client_credentials&amp;client_id=...&amp;client_secret=...</c>: a form-encoded token request body.</summary>
        private static KnownSecret? DetectFormClientSecret(string text)
        {
            // The spellings KnownSecretSignatures searches for: a form body is written in one case.
            var name = text.IndexOf("client_secret=", StringComparison.Ordinal);
            if (name < 0)
            {
                name = text.IndexOf("CLIENT_SECRET=", StringComparison.Ordinal);
            }

            if (name < 0 || (name > 0 && text[name - 1] != '&' && text[name - 1] != '?' && !char.IsWhiteSpace(text[name - 1])))
            {
                return null;
            }

            var start = name + 14;
            var end = start;
            while (end < text.Length && text[end] != '&' && text[end] != '"' && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var secret = Uri.UnescapeDataString(text.Substring(start, end - start));
            return secret.Length >= 8 && !NonSecretClassifier.IsNonSecret(secret) && !IsTemplateLike(secret)
                ? new KnownSecret("ClientSecretInFormBody", "Client secret in a token request body", secret, ChecksumVerified: false, SecretHome.EntraApplication)
                : null;
        }

        // ---- Helpers -------------------------------------------------------------------------------------------

        /// <summary>A match of a format without checksum still has to be more than a placeholder or documentation sample.</summary>
        private static KnownSecret? Found(string text, int start, int end, string kind, string name, bool checksum, SecretHome home)
        {
            var secret = text.Substring(start, end - start);
            return !checksum && NonSecretClassifier.IsNonSecret(secret) ? null : new KnownSecret(kind, name, secret, checksum, home);
        }

        private static KnownSecret? FoundIfNotPlaceholder(string text, int start, int end, string kind, string name, SecretHome home)
        {
            var secret = text.Substring(start, end - start);
            return NonSecretClassifier.IsNonSecret(secret) ? null : new KnownSecret(kind, name, secret, ChecksumVerified: false, home);
        }

        private static bool[] CharacterTable(string extra)
        {
            var table = new bool[128];
            for (var c = 'a'; c <= 'z'; c++)
            {
                table[c] = true;
                table[char.ToUpperInvariant(c)] = true;
            }

            for (var c = '0'; c <= '9'; c++)
            {
                table[c] = true;
            }

            foreach (var c in extra)
            {
                table[c] = true;
            }

            return table;
        }

        private static ulong[] Seeds(params string[] names)
        {
            var seeds = new ulong[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                seeds[i] = Marvin32.Seed(names[i]);
            }

            return seeds;
        }

        private static bool IsIn(bool[] table, char c) => c < 128 && table[c];

        private static bool StartsWith(string text, int start, string prefix) =>
            start + prefix.Length <= text.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0;

        private static int IndexOf(string text, string value, int start, int end) =>
            start >= end ? -1 : text.IndexOf(value, start, end - start, StringComparison.Ordinal);

        private static bool AllIn(string text, int start, int end, bool[] table, char extra = '\0', char extra2 = '\0')
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!IsIn(table, c) && (c != extra || extra == '\0') && (c != extra2 || extra2 == '\0'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllLowerBase32(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!(c >= 'a' && c <= 'z' || c >= '2' && c <= '7'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllHex(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f'))
                {
                    return false;
                }
            }

            return true;
        }

        private static int CountDigits(string text, int start, int end)
        {
            var count = 0;
            for (var i = start; i < end; i++)
            {
                if (text[i] >= '0' && text[i] <= '9')
                {
                    count++;
                }
            }

            return count;
        }

        private static bool HasLowerAndUpper(string text, int start, int end)
        {
            bool lower = false, upper = false;
            for (var i = start; i < end; i++)
            {
                lower |= char.IsLower(text[i]);
                upper |= char.IsUpper(text[i]);
            }

            return lower && upper;
        }

        private static int CountBase64(string text, int start, int end)
        {
            var count = 0;
            for (var i = start; i < end; i++)
            {
                if (IsIn(Base64Characters, text[i]))
                {
                    count++;
                }
            }

            return count;
        }

        private static int SkipBase64Url(string text, int position, int end)
        {
            while (position < end && IsIn(Base64UrlCharacters, text[position]))
            {
                position++;
            }

            return position;
        }

        /// <summary>Decodes <paramref name="count"/> base64 characters (no padding); leftover bits are dropped.</summary>
        private static byte[] DecodeBase64(string text, int start, int count, bool urlSafe)
        {
            var bytes = new byte[count * 6 / 8];
            var buffer = 0;
            var bits = 0;
            var index = 0;
            for (var i = start; i < start + count && index < bytes.Length; i++)
            {
                buffer = buffer << 6 | Base64Value(text[i], urlSafe);
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes[index++] = (byte)(buffer >> bits);
                }
            }

            return bytes;
        }

        private static string DecodeBase64Text(string text, int start, int count)
        {
            var bytes = DecodeBase64(text, start, count, urlSafe: true);
            var chars = new char[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }

        private static int Base64Value(char c, bool urlSafe) => c switch
        {
            >= 'A' and <= 'Z' => c - 'A',
            >= 'a' and <= 'z' => c - 'a' + 26,
            >= '0' and <= '9' => c - '0' + 52,
            '+' or '-' => 62,
            '/' or '_' => 63,
            _ => 0,
        };

        private sealed class IdentifiableFormat
        {
            public IdentifiableFormat(string signature, int prefixLength, int length, Alphabet alphabet, string kind, string displayName, SecretHome home, ulong[] seeds)
            {
                Signature = signature;
                PrefixLength = prefixLength;
                Length = length;
                Alphabet = alphabet;
                Kind = kind;
                DisplayName = displayName;
                Home = home;
                Seeds = seeds;
                // Signature (4 characters) and checksum (6 characters) follow the prefix; '=' padding fills the rest.
                DataLength = prefixLength + 10;
            }

            public string Signature { get; }

            public int PrefixLength { get; }

            public int Length { get; }

            public Alphabet Alphabet { get; }

            public string Kind { get; }

            public string DisplayName { get; }

            public SecretHome Home { get; }

            public ulong[] Seeds { get; }

            /// <summary>Characters that carry data (the length without '=' padding).</summary>
            public int DataLength { get; }

            private bool[] Characters => Alphabet switch
            {
                Alphabet.Base64 => Base64Characters,
                Alphabet.Base64Url => Base64UrlCharacters,
                _ => Base62Characters,
            };

            /// <summary>The alphabet before and after the signature, the padding, and no key character on either side.</summary>
            public bool HasShape(string text, int keyStart, int runStart, int runEnd)
            {
                var characters = Characters;
                var keyEnd = keyStart + Length;
                var dataEnd = keyStart + DataLength;
                if ((keyStart > runStart && IsIn(characters, text[keyStart - 1])) || (keyEnd < runEnd && (IsIn(characters, text[keyEnd]) || text[keyEnd] == '='))
                    || !AllIn(text, keyStart, keyStart + PrefixLength, characters)
                    || !AllIn(text, keyStart + PrefixLength + 4, dataEnd, characters))
                {
                    return false;
                }

                for (var i = dataEnd; i < keyEnd; i++)
                {
                    if (text[i] != '=')
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The last four bytes are the little-endian Marvin32 of the bytes before them, for one of the seeds.</summary>
            public bool HasValidChecksum(byte[] bytes)
            {
                var length = bytes.Length - 4;
                var stored = bytes[length] | bytes[length + 1] << 8 | bytes[length + 2] << 16 | bytes[length + 3] << 24;
                foreach (var seed in Seeds)
                {
                    if (Marvin32.Compute(bytes, 0, length, seed) == stored)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
