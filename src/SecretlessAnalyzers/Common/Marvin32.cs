namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The Marvin32 checksum (a public algorithm, used by .NET for string hashing) that Microsoft's identifiable keys
    /// carry: a 64-bit seed per key kind, 32-bit little-endian blocks, then the two halves of the state folded into
    /// 32 bits. Validating it turns a shape match into a near certainty. Total over any input, no allocation.
    /// </summary>
    public static class Marvin32
    {
        /// <summary>The 32-bit checksum of <paramref name="length"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static int Compute(byte[] data, int offset, int length, ulong seed)
        {
            var p0 = (uint)seed;
            var p1 = (uint)(seed >> 32);
            var position = offset;
            var end = offset + length;
            while (end - position >= 4)
            {
                p0 += (uint)(data[position] | data[position + 1] << 8 | data[position + 2] << 16 | data[position + 3] << 24);
                Block(ref p0, ref p1);
                position += 4;
            }

            // The tail (0-3 bytes) is padded with a single 0x80 byte, as the algorithm specifies.
            switch (end - position)
            {
                case 0:
                    p0 += 0x80u;
                    break;
                case 1:
                    p0 += 0x8000u | data[position];
                    break;
                case 2:
                    p0 += 0x800000u | (uint)(data[position] | data[position + 1] << 8);
                    break;
                default:
                    p0 += 0x80000000u | (uint)(data[position] | data[position + 1] << 8 | data[position + 2] << 16);
                    break;
            }

            Block(ref p0, ref p1);
            Block(ref p0, ref p1);
            return (int)(p1 ^ p0);
        }

        /// <summary>A seed written as eight ASCII characters read as a big-endian number, e.g. "Default0".</summary>
        public static ulong Seed(string eightCharacters)
        {
            ulong seed = 0;
            foreach (var c in eightCharacters)
            {
                seed = seed << 8 | (byte)c;
            }

            return seed;
        }

        private static void Block(ref uint p0, ref uint p1)
        {
            p1 ^= p0;
            p0 = Rotate(p0, 20);
            p0 += p1;
            p1 = Rotate(p1, 9);
            p1 ^= p0;
            p0 = Rotate(p0, 27);
            p0 += p1;
            p1 = Rotate(p1, 19);
        }

        private static uint Rotate(uint value, int shift) => value << shift | value >> (32 - shift);
    }
}
