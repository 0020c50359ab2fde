<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test-only catalogue for tst_language: a few Afrikaans texts, so the test does not depend on
     the translators' progress in translations/chairside_af.ts. "Analytics" sits in a context the
     code never asks for ("MainWindow" instead of "Chairside::MainWindow"): it is found by the
     context fallback (ui/ContextFallbackTranslator). -->
<TS version="2.1" language="af_ZA">
<context>
    <name>Chairside::MainWindow</name>
    <message>
        <source>Appointments</source>
        <translation>Afsprake</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Lêer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Analytics</source>
        <translation>Ontleding</translation>
    </message>
</context>
</TS>
