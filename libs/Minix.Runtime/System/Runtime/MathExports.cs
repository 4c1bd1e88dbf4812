namespace System.Runtime;

// C library functions the JIT calls by name from ILC's code: the remainder operator on double and float.
internal static class MathExports
{
    [RuntimeExport("fmod")]
    private static double Fmod(double x, double y) => double.Remainder(x, y);

    [RuntimeExport("fmodf")]
    private static float Fmodf(float x, float y) => float.Remainder(x, y);
}
