<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>fields</name>
    <message>
        <source>Enter a date as DD/MM/YYYY or YYYY-MM-DD, for example 04/03/2026.</source>
        <translation>Escriba la fecha como DD/MM/AAAA o AAAA-MM-DD, por ejemplo 04/03/2026.</translation>
    </message>
    <message>
        <source>Enter a date as MM/DD/YYYY or YYYY-MM-DD, for example 03/04/2026.</source>
        <translation>Escriba la fecha como MM/DD/AAAA o AAAA-MM-DD, por ejemplo 03/04/2026.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
</context>
</TS>
