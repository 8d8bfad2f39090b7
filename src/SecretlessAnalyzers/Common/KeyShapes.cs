namespace SecretlessAnalyzers.Common
{
    /// <summary>Shape checks for generated keys, shared by every rule that finds a key behind a keyword or a parameter.</summary>
    public static class KeyShapes
    {
        /// <summary>
        /// A base64 key: account keys are 88 characters, shared access keys 44. Shorter base64 is accepted from 20
        /// characters, so truncated or test keys are still caught; words and placeholders are not keys.
        /// </summary>
        public static bool IsBase64Key(string value)
        {
            if (value.Length < 20 || NonSecretClassifier.IsNonSecretKey(value))
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!IsBase64Character(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsBase64Character(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
    }
}
