namespace Minix.Runtime;

// Section ids in ILC's module header (ReadyToRunSectionType) that start-up must act on or refuse.
internal enum ModuleSection
{
    GCStaticRegion = 201,
    EagerCctor = 205,
    FrozenObjectRegion = 206,
    DehydratedData = 207,
    ModuleInitializerList = 213,
}
