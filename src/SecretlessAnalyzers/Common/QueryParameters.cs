namespace SecretlessAnalyzers.Common
{
    /// <summary>Reads <c>name=value</c> parameters of an '&amp;'-separated query (SAS tokens). Linear, never throws.</summary>
    public static class QueryParameters
    {
        /// <summary>The value of <paramref name="name"/> (case-insensitive), ignoring a leading '?' or spaces; null when absent.</summary>
        public static string? Get(string query, string name)
        {
            var position = 0;
            while (position < query.Length)
            {
                var end = query.IndexOf('&', position);
                if (end < 0)
                {
                    end = query.Length;
                }

                var start = position;
                while (start < end && (query[start] == '?' || query[start] == ' '))
                {
                    start++;
                }

                if (end - start > name.Length
                    && query[start + name.Length] == '='
                    && string.Compare(query, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return query.Substring(start + name.Length + 1, end - start - name.Length - 1).Trim();
                }

                position = end + 1;
            }

            return null;
        }

        public static bool Has(string query, string name) => Get(query, name) is not null;
    }
}
