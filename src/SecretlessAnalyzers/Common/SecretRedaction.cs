using System.Globalization;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Turns a secret into a form safe for build logs: its first four characters and its length. Build logs are often
    /// public, so no message or diagnostic property ever carries more of a secret than this.
    /// </summary>
    public static class SecretRedaction
    {
        private const int VisibleCharacters = 4;

        public static string Redact(string secret)
        {
            var visible = secret.Length <= 2 * VisibleCharacters ? 0 : VisibleCharacters;
            return string.Format(
                CultureInfo.InvariantCulture,
                "'{0}\u2026' ({1} characters)",
                secret.Substring(0, visible),
                secret.Length);
        }
    }
}
