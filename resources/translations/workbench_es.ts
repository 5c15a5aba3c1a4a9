<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessNotice</name>
    <message>
        <source>Who can read this file</source>
        <translation>Quién puede leer este archivo</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Every change to this matter, its client and their records, from the vault&apos;s tamper-evident audit log (values stay in the records; the log names the fields).</source>
        <translation>Cada cambio en este caso, su cliente y sus registros, según el registro de auditoría de la bóveda, que delata cualquier manipulación (los valores quedan en los registros; el registro nombra los campos).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>This is the demo vault; its passphrase is “{passphrase}”.</source>
        <translation>Esta es la bóveda de demostración; su frase de contraseña es «{passphrase}».</translation>
    </message>
    <message>
        <source>Pro Bono Workbench (demo vault)</source>
        <translation>Pro Bono Workbench (bóveda de demostración)</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>Abriendo la bóveda de demostración…</translation>
    </message>
</context>
<context>
    <name>AttorneyDialog</name>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Law firm or organization</source>
        <translation>Bufete u organización</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation>Número de colegiatura (bar number)</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Autoridad que otorgó la licencia</translation>
    </message>
    <message>
        <source>e.g. Supreme Court of Illinois</source>
        <translation>p. ej., Supreme Court of Illinois</translation>
    </message>
    <message>
        <source>USCIS online account number</source>
        <translation>Número de cuenta en línea de USCIS</translation>
    </message>
    <message>
        <source>EOIR ID</source>
        <translation>ID de EOIR</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>Tipo de unidad</translation>
    </message>
    <message>
        <source>Apt.</source>
        <translation>Apto.</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation>Teléfono diurno</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Attorney profile</source>
        <translation>Perfil de abogado</translation>
    </message>
    <message>
        <source>Your attorney profile</source>
        <translation>Su perfil de abogado</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>You can fill in or change this later from Vault › Attorney profile.</source>
        <translation>Puede completarlo o cambiarlo más tarde desde Bóveda › Perfil de abogado.</translation>
    </message>
    <message>
        <source>Your own details as the representative: Form G-28 Part 1 and the preparer&apos;s blocks use them for every matter in this vault.</source>
        <translation>Sus propios datos como representante: la Parte 1 del formulario G-28 y las secciones del preparador los usan en todos los casos de esta bóveda.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>diaria, automática</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>damaged copy, kept as it was (cannot be restored)</source>
        <translation>copia dañada, guardada tal cual (no se puede restaurar)</translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation>antes de una actualización de la aplicación</translation>
    </message>
    <message>
        <source>{when} — {why} ({size} KB)</source>
        <translation>{when} — {why} ({size} KB)</translation>
    </message>
    <message>
        <source>Backup made ({when}), encrypted, in the vault&apos;s backups folder.</source>
        <translation>Copia de seguridad hecha ({when}), cifrada, en la carpeta de copias de la bóveda.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>The vault goes back to the state of the backup you choose. What you have now is saved first as a backup “before a restore”, so you can come back to it the same way.</source>
        <translation>La bóveda vuelve al estado de la copia que elija. Lo que tiene ahora se guarda antes como copia «antes de una restauración», para que pueda volver a ello de la misma manera.</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>There are no backups yet: Vault › Back up now makes one.</source>
        <translation>Todavía no hay copias de seguridad: Bóveda › Hacer copia ahora crea una.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>Comprobando la copia y restaurándola…</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Se restauró la copia del {when}.</translation>
    </message>
    <message>
        <source>What you had before was saved as a backup “before a restore”.</source>
        <translation>Lo que tenía antes se guardó como copia «antes de una restauración».</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Matters to export</source>
        <translation>Casos que exportar</translation>
    </message>
    <message>
        <source>Include client &amp;names (they will be in the calendar file)</source>
        <translation>Incluir los &amp;nombres de los clientes (figurarán en el archivo del calendario)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Des&amp;marcar todos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Hearings, other events and deadlines of the chosen matters, as an .ics file for Outlook, Google or Apple calendars. Without names, each entry is labelled with the matter number (or the client&apos;s initials).</source>
        <translation>Audiencias, otros eventos y plazos de los casos elegidos, en un archivo .ics para los calendarios de Outlook, Google o Apple. Sin nombres, cada entrada se identifica con el número de caso (o las iniciales del cliente).</translation>
    </message>
    <message>
        <source>Choose at least one matter.</source>
        <translation>Elija al menos un caso.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Entries to the United States</source>
        <translation>Entradas a los Estados Unidos</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Passports and travel documents</source>
        <translation>Pasaportes y documentos de viaje</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>documento de viaje</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empleador</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>{mark} marks what the USCIS forms need. The last entry to the United States starts the one-year asylum clock.</source>
        <translation>{mark} indica lo que piden los formularios de USCIS. La última entrada a los Estados Unidos inicia el plazo de un año para pedir asilo.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Keep this device&apos;s value</source>
        <translation>Conservar el valor de este dispositivo</translation>
    </message>
    <message>
        <source>Your other device</source>
        <translation>Su otro dispositivo</translation>
    </message>
    <message>
        <source>Keep your other device&apos;s value</source>
        <translation>Conservar el valor de su otro dispositivo</translation>
    </message>
    <message>
        <source>On the hub</source>
        <translation>En el servidor de la organización</translation>
    </message>
    <message>
        <source>Keep the hub&apos;s value</source>
        <translation>Conservar el valor del servidor</translation>
    </message>
    <message>
        <source>Or type the right value</source>
        <translation>O escriba el valor correcto</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Or type the right value:</source>
        <translation>O escriba el valor correcto:</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Nothing to review: the hub and this device agree.</source>
        <translation>Nada que revisar: el servidor de la organización y este dispositivo coinciden.</translation>
    </message>
    <message>
        <source>The same field was changed on the hub and on a device before they synced. Keep one value or type the right one; it is sent to the hub and reaches every device at its next sync.</source>
        <translation>El mismo campo se cambió en el servidor de la organización y en un dispositivo antes de sincronizarse. Conserve uno de los valores o escriba el correcto; se envía al servidor y llega a cada dispositivo en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Use at least {minimum} characters ({count} so far). A few unrelated words work best.</source>
        <translation>Use al menos {minimum} caracteres (lleva {count}). Lo mejor son unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few more unrelated words.</source>
        <translation>Débil: fácil de adivinar. Agregue algunas palabras más sin relación entre sí.</translation>
    </message>
    <message>
        <source>Fair: add another word or two.</source>
        <translation>Aceptable: agregue una o dos palabras más.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Buena: difícil de adivinar.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Create your vault — Pro Bono Workbench</source>
        <translation>Cree su bóveda — Pro Bono Workbench</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Explore the &amp;demo first</source>
        <translation>Explorar la &amp;demostración primero</translation>
    </message>
    <message>
        <source>Open a separate vault of fictional clients to look around; your own vault is created when you come back here.</source>
        <translation>Abre una bóveda aparte con clientes ficticios para que pueda explorar; su propia bóveda se crea cuando vuelva aquí.</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <source>Everything you keep in Pro Bono Workbench is encrypted with a passphrase that only you know. Nobody, including your organization, can open the vault without it or the recovery key you will see next.</source>
        <translation>Todo lo que guarda en Pro Bono Workbench se cifra con una frase de contraseña que solo usted conoce. Nadie, ni siquiera su organización, puede abrir la bóveda sin ella o sin la clave de recuperación que verá a continuación.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Location: {path}</source>
        <translation>Ubicación: {path}</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Keep the vault in another folder, for example on an encrypted drive</source>
        <translation>Guardar la bóveda en otra carpeta, por ejemplo en una unidad cifrada</translation>
    </message>
    <message>
        <source>Where the vault lives, and its passphrase</source>
        <translation>Dónde se guarda la bóveda, y su frase de contraseña</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Carpeta para la bóveda</translation>
    </message>
    <message>
        <source>That folder already holds a vault. To open it, start the app with --vault and that folder; to create a new one, choose another folder.</source>
        <translation>Esa carpeta ya contiene una bóveda. Para abrirla, inicie la aplicación con --vault y esa carpeta; para crear una nueva, elija otra carpeta.</translation>
    </message>
    <message>
        <source>The vault is also tied to this computer&apos;s keyring: a copy of the vault folder alone cannot be opened elsewhere.</source>
        <translation>La bóveda también queda vinculada al llavero de este equipo: una copia de la carpeta de la bóveda no puede abrirse por sí sola en otro lugar.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so your passphrase alone protects the vault, including any copy of its folder. Choose a long one.</source>
        <translation>Este equipo no tiene llavero, así que solo su frase de contraseña protege la bóveda, incluida cualquier copia de su carpeta. Elija una larga.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Deadline (overridden)</source>
        <translation>Plazo (fijado a mano)</translation>
    </message>
    <message>
        <source>Task (overridden)</source>
        <translation>Tarea (fijada a mano)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>vencido hace 1 día</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>vencido hace {days} días</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dentro de {days} días</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>1 item, {overdue} overdue</source>
        <translation>1 elemento (vencidos: {overdue})</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>{count} items, {overdue} overdue</source>
        <translation>{count} elementos (vencidos: {overdue})</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} elementos</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Próximos 14 días</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days</source>
        <translation>Nada vence en los próximos 14 días</translation>
    </message>
    <message>
        <source>Hearings, deadlines and tasks of every matter appear here two weeks ahead; overdue ones stay until they are done.</source>
        <translation>Las audiencias, los plazos y las tareas de todos los casos aparecen aquí con dos semanas de antelación; los vencidos permanecen hasta que se completan.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencido)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introducido a mano</translation>
    </message>
    <message>
        <source>Overridden (computed {date})</source>
        <translation>Sustituido (calculado: {date})</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Select a deadline to see why it falls on its date.</source>
        <translation>Seleccione un plazo para ver por qué vence en esa fecha.</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <source>— set by hand; the rules compute {date}.</source>
        <translation>— fijado a mano; las reglas calculan {date}.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>This deadline was entered by hand.</source>
        <translation>Este plazo se introdujo a mano.</translation>
    </message>
    <message>
        <source>The rule that computed this deadline no longer applies to the facts.</source>
        <translation>La regla que calculó este plazo ya no se aplica a los hechos.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>What the engine cannot know</source>
        <translation>Lo que el cálculo no puede saber</translation>
    </message>
    <message>
        <source>(all passed)</source>
        <translation>(todos pasados)</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Por qué esta fecha</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xportar una copia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Files are encrypted into the vault as they are added; the original stays where it was (delete it yourself if it should not stay there).</source>
        <translation>Los archivos se cifran en la bóveda al añadirlos; el original queda donde estaba (bórrelo usted si no debe quedarse allí).</translation>
    </message>
    <message>
        <source>Add documents to the vault</source>
        <translation>Añadir documentos a la bóveda</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation>Cifrando {name} en la bóveda…</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Exportar una copia descifrada</translation>
    </message>
    <message>
        <source>A decrypted copy was written to {path}.</source>
        <translation>Se escribió una copia descifrada en {path}.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>Remove “{title}” from this matter?</source>
        <translation>¿Quitar «{title}» de este caso?</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Hub key fingerprint {fingerprint}</source>
        <translation>Huella de la clave del servidor {fingerprint}</translation>
    </message>
    <message>
        <source>Enroll with the organization</source>
        <translation>Inscribirse en la organización</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor de la organización</translation>
    </message>
    <message>
        <source>The one-time code the organization gave you</source>
        <translation>El código de un solo uso que le dio la organización</translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation>Código de inscripción de un solo uso</translation>
    </message>
    <message>
        <source>Name of this computer, as the organization will see it</source>
        <translation>Nombre de este equipo, tal como lo verá la organización</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the organization published. If they differ, do not sync: call the organization.</source>
        <translation>Compárela con la huella que publicó la organización. Si no coinciden, no sincronice: llame a la organización.</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Código de un solo uso:</translation>
    </message>
    <message>
        <source>This &amp;computer:</source>
        <translation>Este &amp;equipo:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribirse</translation>
    </message>
    <message>
        <source>The organization gives each attorney a one-time code. Enrolling gives this vault its own keys; nothing from your matters is sent yet.</source>
        <translation>La organización da a cada abogado un código de un solo uso. Al inscribirse, esta bóveda obtiene sus propias claves; todavía no se envía nada de sus casos.</translation>
    </message>
    <message>
        <source>Type the one-time code the organization gave you.</source>
        <translation>Escriba el código de un solo uso que le dio la organización.</translation>
    </message>
    <message>
        <source>Enrolled with {organization} as {email}. The hub&apos;s key fingerprint is:</source>
        <translation>Inscrito en {organization} como {email}. La huella de la clave del servidor es:</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>&amp;Override date…</source>
        <translation>&amp;Sustituir fecha…</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>Quitar sustitución</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <source>Matter and legal facts</source>
        <translation>Caso y hechos jurídicos</translation>
    </message>
    <message>
        <source>The deadlines are computed from these dates, the events and the client&apos;s date of birth and last entry. Save (Ctrl+S) to recompute.</source>
        <translation>Los plazos se calculan a partir de estas fechas, los eventos y la fecha de nacimiento y la última entrada del cliente. Guarde (Ctrl+S) para recalcularlos.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>I-589 asks about the spouse and every child (Part A.II) and lists parents and siblings (Supplement B); I-918 Supplement A is filed for qualifying family.</source>
        <translation>El I-589 pregunta por el cónyuge y cada hijo (Parte A.II) y enumera padres y hermanos (Suplemento B); el Suplemento A del I-918 se presenta para los familiares que califican.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Step {number} of {total}: {title}</source>
        <translation>Paso {number} de {total}: {title}</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>&amp;Connect to the organization&apos;s hub</source>
        <translation>&amp;Conectarse al servidor de la organización</translation>
    </message>
    <message>
        <source>&amp;Bundle-only: never connect; exchange encrypted files with the organization</source>
        <translation>Solo &amp;paquetes: no conectarse nunca; intercambiar archivos cifrados con la organización</translation>
    </message>
    <message>
        <source>&amp;Decide later (in Settings)</source>
        <translation>&amp;Decidir más tarde (en Configuración)</translation>
    </message>
    <message>
        <source>&amp;Enroll with the hub address and one-time code…</source>
        <translation>&amp;Inscribirse con la dirección del servidor y el código de un solo uso…</translation>
    </message>
    <message>
        <source>The &amp;fingerprint matches the one the organization published</source>
        <translation>La &amp;huella digital coincide con la que publicó la organización</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The organization that assigned your matters keeps a copy in sync with you. Choose how this computer reaches it. You can change this at any time in Settings.</source>
        <translation>La organización que le asignó sus casos mantiene una copia sincronizada con usted. Elija cómo se comunica esta computadora con ella. Puede cambiarlo en cualquier momento en Configuración.</translation>
    </message>
    <message>
        <source>For networks that block the hub: Sync › Export for the organization writes an encrypted file you hand over; import the organization&apos;s answer with Sync › Import.</source>
        <translation>Para redes que bloquean el servidor: Sincronizar › Exportar para la organización escribe un archivo cifrado que usted entrega; importe la respuesta de la organización con Sincronizar › Importar.</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>&amp;Inscribirse de nuevo…</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Filled for you</source>
        <translation>Rellenado automáticamente</translation>
    </message>
    <message>
        <source>Client tab</source>
        <translation>Pestaña Cliente</translation>
    </message>
    <message>
        <source>Family tab</source>
        <translation>Pestaña Familia</translation>
    </message>
    <message>
        <source>Events tab</source>
        <translation>Pestaña Eventos</translation>
    </message>
    <message>
        <source>Tasks and contacts tab</source>
        <translation>Pestaña Tareas y contactos</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Attorney profile (Vault menu)</source>
        <translation>Perfil del abogado (menú Bóveda)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Fix in</source>
        <translation>Corregir en</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go there</source>
        <translation>Haga doble clic o pulse Intro para ir allí</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>1 item answered “N/A” or “None” as the instructions allow.</source>
        <translation>1 respuesta «N/A» o «None», como permiten las instrucciones.</translation>
    </message>
    <message>
        <source>{count} items answered “N/A” or “None” as the instructions allow.</source>
        <translation>{count} respuestas «N/A» o «None», como permiten las instrucciones.</translation>
    </message>
    <message>
        <source>Double-click a check to go to its answer.</source>
        <translation>Haga doble clic en una comprobación para ir a su respuesta.</translation>
    </message>
    <message>
        <source>Blank not added</source>
        <translation>Formulario en blanco no añadido</translation>
    </message>
    <message>
        <source>Edition {edition}</source>
        <translation>Edición {edition}</translation>
    </message>
    <message>
        <source>Edition {edition} — outdated, not fileable</source>
        <translation>Edición {edition}: desactualizada, no se puede presentar</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <source>Forms for this matter</source>
        <translation>Formularios de este caso</translation>
    </message>
    <message>
        <source>&amp;Add official blank…</source>
        <translation>&amp;Añadir formulario oficial en blanco…</translation>
    </message>
    <message>
        <source>Blanks are the empty forms from uscis.gov, added once and shared by every matter. Filled forms are kept encrypted with the matter&apos;s documents.</source>
        <translation>Los formularios en blanco son los formularios vacíos de uscis.gov; se añaden una vez y los comparten todos los casos. Los formularios rellenados se guardan cifrados con los documentos del caso.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>F&amp;latten (fields no longer editable)</source>
        <translation>A&amp;planar (los campos dejan de ser editables)</translation>
    </message>
    <message>
        <source>F&amp;ill and preview</source>
        <translation>&amp;Rellenar y previsualizar</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Fill the form to preview it here.</source>
        <translation>Rellene el formulario para verlo aquí.</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>C&amp;uestionario</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Blank: {edition}</source>
        <translation>Formulario en blanco: {edition}</translation>
    </message>
    <message>
        <source>The official blank has not been added yet. {expected}.</source>
        <translation>Todavía no se ha añadido el formulario oficial en blanco. {expected}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Field map: version {version}, {source}.</source>
        <translation>Mapa de campos: versión {version}, {source}.</translation>
    </message>
    <message>
        <source>Add the official blank (button on the left) to check this form against the profile. The questionnaire can be answered now.</source>
        <translation>Añada el formulario oficial en blanco (botón de la izquierda) para comprobar este formulario con el perfil. El cuestionario ya se puede responder.</translation>
    </message>
    <message>
        <source>This check is about the form itself (nothing to fill in): see the message.</source>
        <translation>Esta comprobación trata del propio formulario (no hay nada que rellenar): lea el mensaje.</translation>
    </message>
    <message>
        <source>Add an official blank form from uscis.gov</source>
        <translation>Añadir un formulario oficial en blanco de uscis.gov</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>Added {edition}.</source>
        <translation>Se añadió {edition}.</translation>
    </message>
    <message>
        <source>Filling the form…</source>
        <translation>Rellenando el formulario…</translation>
    </message>
    <message>
        <source>Filled and kept in the vault as “{title}” (Documents tab).</source>
        <translation>Rellenado y guardado en la bóveda como «{title}» (pestaña Documentos).</translation>
    </message>
    <message>
        <source>Export the filled form (a decrypted copy)</source>
        <translation>Exportar el formulario rellenado (una copia descifrada)</translation>
    </message>
    <message>
        <source>A decrypted copy was written to {path}. Delete it when it is filed.</source>
        <translation>Se escribió una copia descifrada en {path}. Bórrela cuando se haya presentado.</translation>
    </message>
    <message>
        <source>Fill the form first.</source>
        <translation>Rellene primero el formulario.</translation>
    </message>
</context>
<context>
    <name>KeyringChoices</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation>Usar la &amp;clave de recuperación</translation>
    </message>
    <message>
        <source>Continue with the passphrase &amp;only</source>
        <translation>Continuar &amp;solo con la frase de contraseña</translation>
    </message>
    <message>
        <source>The vault will not be tied to this computer&apos;s keyring: the passphrase alone protects it, including any copy of its folder.</source>
        <translation>La bóveda no quedará ligada al llavero de este equipo: solo la frase de contraseña la protege, también cualquier copia de su carpeta.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>your changes</source>
        <translation>sus cambios</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard {what}? They have not been saved.</source>
        <translation>¿Descartar {what}? No se han guardado.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Agregar: {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Editar: {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Quitar: {what}</translation>
    </message>
    <message>
        <source>Remove this {what}? It stays in the activity log.</source>
        <translation>¿Quitar este elemento ({what})? Seguirá constando en el registro de actividad.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No matters match the filter</source>
        <translation>Ningún caso coincide con el filtro</translation>
    </message>
    <message>
        <source>1 matter matches the filter</source>
        <translation>1 caso coincide con el filtro</translation>
    </message>
    <message>
        <source>{count} matters match the filter</source>
        <translation>{count} casos coinciden con el filtro</translation>
    </message>
    <message>
        <source>1 matter</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>{count} matters</source>
        <translation>{count} casos</translation>
    </message>
    <message>
        <source>Filter by client name, A-number, matter number or court  (Ctrl+F)</source>
        <translation>Filtrar por nombre del cliente, número A, número de caso o tribunal  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter matters</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Add a client and their matter</source>
        <translation>Agregar un cliente y su caso</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the vault and hide all client data</source>
        <translation>Cerrar la bóveda y ocultar todos los datos de clientes</translation>
    </message>
    <message>
        <source>&amp;Filter matters</source>
        <translation>&amp;Filtrar casos</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Buscar en todo</translation>
    </message>
    <message>
        <source>Search matters, notes and document titles</source>
        <translation>Buscar en casos, notas y títulos de documentos</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Hearings, deadlines and tasks of the next 14 days</source>
        <translation>Audiencias, plazos y tareas de los próximos 14 días</translation>
    </message>
    <message>
        <source>&amp;Matters</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Attorney profile…</source>
        <translation>Perfil de &amp;abogado…</translation>
    </message>
    <message>
        <source>Your details as the representative (Form G-28)</source>
        <translation>Sus datos como representante (formulario G-28)</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Hearings and deadlines of chosen matters, for a calendar program</source>
        <translation>Audiencias y plazos de los casos elegidos, para un programa de calendario</translation>
    </message>
    <message>
        <source>&amp;Visit kit…</source>
        <translation>Kit de &amp;visita…</translation>
    </message>
    <message>
        <source>Printable detention-visit kit (English or Spanish)</source>
        <translation>Kit imprimible para la visita al centro de detención (en inglés o en español)</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
        <source>Add the Visit event, then type its notes</source>
        <translation>Agregar el evento de la visita y luego escribir sus notas</translation>
    </message>
    <message>
        <source>Filing &amp;packet</source>
        <translation>&amp;Paquete de presentación</translation>
    </message>
    <message>
        <source>Checklist, exhibit order, build and export the filing packet</source>
        <translation>Lista de verificación, orden de los anexos, armado y exportación del paquete de presentación</translation>
    </message>
    <message>
        <source>&amp;Hours report…</source>
        <translation>Informe de &amp;horas…</translation>
    </message>
    <message>
        <source>Pro bono hours by matter and month (CSV or PDF)</source>
        <translation>Horas pro bono por caso y por mes (CSV o PDF)</translation>
    </message>
    <message>
        <source>&amp;Matters report…</source>
        <translation>Informe de &amp;casos…</translation>
    </message>
    <message>
        <source>Your matters&apos; status and outcomes (CSV or PDF)</source>
        <translation>Estado y resultados de sus casos (CSV o PDF)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia ahora</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault, in its backups folder</source>
        <translation>Una copia cifrada de la bóveda, en su carpeta de copias</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;taurar una copia…</translation>
    </message>
    <message>
        <source>Bring the vault back to an earlier backup</source>
        <translation>Devolver la bóveda a una copia anterior</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use Pro Bono Workbench</source>
        <translation>Cómo usar Pro Bono Workbench</translation>
    </message>
    <message>
        <source>&amp;About Pro Bono Workbench</source>
        <translation>&amp;Acerca de Pro Bono Workbench</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search everything  (Ctrl+K)</source>
        <translation>Buscar en todo  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search all matters, notes and documents</source>
        <translation>Buscar en todos los casos, notas y documentos</translation>
    </message>
    <message>
        <source>New matter…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Add your first matter</source>
        <translation>Agregar su primer caso</translation>
    </message>
    <message>
        <source>No matters yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>Add the matters you were assigned. Everything you enter stays encrypted on this computer.</source>
        <translation>Agregue los casos que le asignaron. Todo lo que escriba queda cifrado en este equipo.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>About Pro Bono Workbench</source>
        <translation>Acerca de Pro Bono Workbench</translation>
    </message>
    <message>
        <source>Pro Bono Workbench {version}</source>
        <translation>Pro Bono Workbench {version}</translation>
    </message>
    <message>
        <source>An encrypted, offline-first workbench for volunteer immigration attorneys. Your client data stays encrypted on this computer.</source>
        <translation>Una herramienta de trabajo cifrada, pensada para funcionar sin conexión, para abogados voluntarios de inmigración. Los datos de sus clientes quedan cifrados en este equipo.</translation>
    </message>
    <message>
        <source>The visit kit was saved (a decrypted copy: keep it safe, shred it after the visit).</source>
        <translation>Se guardó el kit de visita (una copia descifrada: guárdela en un lugar seguro y destrúyala después de la visita).</translation>
    </message>
    <message>
        <source>The hours report was written to {path}.</source>
        <translation>El informe de horas se guardó en {path}.</translation>
    </message>
    <message>
        <source>The matters report was written to {path}.</source>
        <translation>El informe de casos se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>MatterView</name>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familia</translation>
    </message>
    <message>
        <source>&amp;Events and deadlines</source>
        <translation>&amp;Eventos y plazos</translation>
    </message>
    <message>
        <source>T&amp;asks and contacts</source>
        <translation>T&amp;areas y contactos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>Fo&amp;rms</source>
        <translation>Fo&amp;rmularios</translation>
    </message>
    <message>
        <source>Pac&amp;ket</source>
        <translation>&amp;Paquete</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This matter has changes that are not saved yet.</source>
        <translation>Este caso tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Volver (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Some fields need attention before saving (marked below).</source>
        <translation>Algunos campos necesitan revisión antes de guardar (marcados abajo).</translation>
    </message>
</context>
<context>
    <name>MattersModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Próximo evento</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencido)</translation>
    </message>
    <message>
        <source>A-number {number}</source>
        <translation>Número A {number}</translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <source>New matter</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>As on the client&apos;s documents</source>
        <translation>Tal como figuran en los documentos del cliente</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>The organization&apos;s number, if it gave one</source>
        <translation>El número de la organización, si le asignó uno</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Optional, e.g. A012345678</source>
        <translation>Opcional, p. ej., A012345678</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Matter &amp;number:</source>
        <translation>Número de &amp;caso:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <source>&amp;Add matter</source>
        <translation>A&amp;gregar caso</translation>
    </message>
    <message>
        <source>Add a client and the matter you were assigned. You can fill in the client&apos;s profile afterwards.</source>
        <translation>Agregue un cliente y el caso que le asignaron. Puede completar el perfil del cliente más tarde.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s family name.</source>
        <translation>Escriba los apellidos del cliente.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>New note title</source>
        <translation>Título de la nueva nota</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Escriba una nota… (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Search these notes</source>
        <translation>Buscar en estas notas</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override deadline</source>
        <translation>Sustituir la fecha del plazo</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nueva fecha límite</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la sustitución</translation>
    </message>
    <message>
        <source>e.g. The judge set a different filing deadline at the master hearing.</source>
        <translation>p. ej., El juez fijó otro plazo de presentación en la audiencia preliminar.</translation>
    </message>
    <message>
        <source>New &amp;date:</source>
        <translation>Nueva &amp;fecha:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>“{title}”. The rules compute {date}. The computed date keeps being recomputed and shown beside yours; the override and its reason go to the activity log.</source>
        <translation>«{title}». Las reglas calculan {date}. La fecha calculada se sigue recalculando y se muestra junto a la suya; la sustitución y su motivo quedan en el registro de actividad.</translation>
    </message>
    <message>
        <source>Enter the date to use instead.</source>
        <translation>Escriba la fecha que se usará en su lugar.</translation>
    </message>
    <message>
        <source>Say why: an override needs a reason (it is kept in the activity log).</source>
        <translation>Indique el motivo: una sustitución lo necesita (queda en el registro de actividad).</translation>
    </message>
</context>
<context>
    <name>PacketTab</name>
    <message>
        <source>Exhibits, in packet order</source>
        <translation>Anexos, en el orden del paquete</translation>
    </message>
    <message>
        <source>Drag to reorder, or select one and press Alt+Up / Alt+Down</source>
        <translation>Arrastre para reordenar, o seleccione uno y pulse Alt+Arriba / Alt+Abajo</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>The family member this petition is for</source>
        <translation>El familiar para quien es esta petición</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Forms in this packet</source>
        <translation>Formularios de este paquete</translation>
    </message>
    <message>
        <source>Untick an optional form to leave it out of the packet</source>
        <translation>Desmarque un formulario opcional para dejarlo fuera del paquete</translation>
    </message>
    <message>
        <source>Checklist: what the instructions require</source>
        <translation>Lista de verificación: lo que exigen las instrucciones</translation>
    </message>
    <message>
        <source>Forms in this packet:</source>
        <translation>Formularios de este paquete:</translation>
    </message>
    <message>
        <source>Checklist (with the instruction each item comes from):</source>
        <translation>Lista de verificación (con la instrucción de la que proviene cada punto):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Move the exhibit up (Alt+Up)</source>
        <translation>Subir el anexo (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Move the exhibit down (Alt+Down)</source>
        <translation>Bajar el anexo (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Every PDF or image in the Documents tab is an exhibit (filled forms are not: the packet fills the forms itself). Drag to set the order; it is saved at once.</source>
        <translation>Cada PDF o imagen de la pestaña Documentos es un anexo (los formularios rellenados no: el paquete rellena los formularios por sí mismo). Arrastre para fijar el orden; se guarda al instante.</translation>
    </message>
    <message>
        <source>&amp;Build packet</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Building the packet</source>
        <translation>Generando el paquete</translation>
    </message>
    <message>
        <source>Build the packet to preview it here.</source>
        <translation>Genere el paquete para verlo aquí.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>{kind} · received {date}</source>
        <translation>{kind} · recibido el {date}</translation>
    </message>
    <message>
        <source>Exhibit {tab}: {exhibit}</source>
        <translation>Anexo {tab}: {exhibit}</translation>
    </message>
    <message>
        <source>Exhibit order saved.</source>
        <translation>Orden de los anexos guardado.</translation>
    </message>
    <message>
        <source>The exhibits changed since this packet was built: build it again before exporting.</source>
        <translation>Los anexos cambiaron desde que se generó este paquete: vuelva a generarlo antes de exportar.</translation>
    </message>
    <message>
        <source>No spouse or child on the Family tab yet</source>
        <translation>Aún no hay cónyuge ni hijos en la pestaña Familia</translation>
    </message>
    <message>
        <source>Optional: untick to leave it out</source>
        <translation>Opcional: desmárquelo para dejarlo fuera</translation>
    </message>
    <message>
        <source>Enclosed with that family member&apos;s own {form}: tick or untick that line</source>
        <translation>Se adjunta con el {form} propio de ese familiar: marque o desmarque esa línea</translation>
    </message>
    <message>
        <source>Required by this filing</source>
        <translation>Obligatorio en esta presentación</translation>
    </message>
    <message>
        <source>The forms to enclose changed since this packet was built: build it again before exporting.</source>
        <translation>Los formularios que se adjuntan cambiaron desde que se armó este paquete: vuelva a armarlo antes de exportarlo.</translation>
    </message>
    <message>
        <source>Sent to: {recipient}</source>
        <translation>Destinatario: {recipient}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>How the citation was checked: {how}</source>
        <translation>Cómo se verificó la cita: {how}</translation>
    </message>
    <message>
        <source>The packet shown was built for {filing}: build it again for this filing.</source>
        <translation>El paquete mostrado se generó para {filing}: vuelva a generarlo para esta presentación.</translation>
    </message>
    <message>
        <source>This petition is filed for one relative: add the spouse or child on the Family tab, then choose them under For.</source>
        <translation>Esta petición se presenta para un solo familiar: agregue al cónyuge o al hijo en la pestaña Familia y elíjalo en Para.</translation>
    </message>
    <message>
        <source>Built: {pages} pages, {exhibits} exhibit(s). It is held in memory only; use Export PDF… to save a copy.</source>
        <translation>Generado: {pages} páginas, {exhibits} anexo(s). Solo se conserva en memoria; use Exportar PDF… para guardar una copia.</translation>
    </message>
    <message>
        <source>{filing} packet</source>
        <translation>Paquete {filing}</translation>
    </message>
    <message>
        <source>Cancelled: no packet was built.</source>
        <translation>Cancelado: no se generó ningún paquete.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{part}: pages {first}–{last}</source>
        <translation>{part}: páginas {first}–{last}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Build the packet first.</source>
        <translation>Genere primero el paquete.</translation>
    </message>
    <message>
        <source>Export the packet (a decrypted copy)</source>
        <translation>Exportar el paquete (una copia descifrada)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A decrypted copy was written to {path}. Delete it when it is filed.</source>
        <translation>Se escribió una copia descifrada en {path}. Bórrela cuando se haya presentado.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>This image could not be read.</source>
        <translation>No se pudo leer esta imagen.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Select a document and choose Preview (or press Enter).</source>
        <translation>Seleccione un documento y elija Vista previa (o pulse Intro).</translation>
    </message>
    <message>
        <source>‹ Previous page</source>
        <translation>‹ Página anterior</translation>
    </message>
    <message>
        <source>Next page ›</source>
        <translation>Página siguiente ›</translation>
    </message>
    <message>
        <source>“{title}” cannot be previewed here ({type}). Use Export to open a copy with another program.</source>
        <translation>«{title}» no se puede previsualizar aquí ({type}). Use Exportar para abrir una copia con otro programa.</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Abriendo «{title}»…</translation>
    </message>
    <message>
        <source>“{title}” could not be shown: {error}</source>
        <translation>No se pudo mostrar «{title}»: {error}</translation>
    </message>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation>{title} — página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Part {part}</source>
        <translation>Parte {part}</translation>
    </message>
    <message>
        <source>Item {item}</source>
        <translation>Punto {item}</translation>
    </message>
    <message>
        <source>for this family member</source>
        <translation>para este familiar</translation>
    </message>
    <message>
        <source>{name} (family member): {question}</source>
        <translation>{name} (familiar): {question}</translation>
    </message>
    <message>
        <source>the client&apos;s own answer; each family member&apos;s is below</source>
        <translation>la respuesta del propio cliente; la de cada familiar está debajo</translation>
    </message>
    <message>
        <source>Explanation (the form asks for one with this answer)</source>
        <translation>Explicación (el formulario la pide con esta respuesta)</translation>
    </message>
    <message>
        <source>Explanation: {question}</source>
        <translation>Explicación: {question}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Filtrar las preguntas</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>Solo sin responder</translation>
    </message>
    <message>
        <source>This form asks nothing beyond the profile.</source>
        <translation>Este formulario no pregunta nada más allá del perfil.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered. Each answer is saved when you leave it.</source>
        <translation>{answered} de {total} preguntas respondidas. Cada respuesta se guarda al salir de ella.</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>Registrar una visita</translation>
    </message>
    <message>
        <source>The client&apos;s detention facility if left empty</source>
        <translation>Si se deja vacío, el centro de detención del cliente</translation>
    </message>
    <message>
        <source>Notes of the visit</source>
        <translation>Notas de la visita</translation>
    </message>
    <message>
        <source>Record the visit first; then type what you wrote down on paper.</source>
        <translation>Registre primero la visita; luego escriba lo que anotó en papel.</translation>
    </message>
    <message>
        <source>&amp;Record visit</source>
        <translation>&amp;Registrar visita</translation>
    </message>
    <message>
        <source>&amp;Add notes</source>
        <translation>&amp;Añadir notas</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Visit of {date} recorded (Events tab). Type your notes and choose Add notes; you can add more later.</source>
        <translation>Visita del {date} registrada (pestaña Eventos). Escriba sus notas y elija Añadir notas; puede añadir más después.</translation>
    </message>
    <message>
        <source>The notes are empty; nothing was added.</source>
        <translation>Las notas están vacías; no se añadió nada.</translation>
    </message>
    <message>
        <source>Notes added to the visit.</source>
        <translation>Notas añadidas a la visita.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key — Pro Bono Workbench</source>
        <translation>Su clave de recuperación — Pro Bono Workbench</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;written it down and will keep it somewhere safe</source>
        <translation>La he &amp;anotado y la guardaré en un lugar seguro</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>He anotado la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Anote su clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, or this computer&apos;s keyring is reset, this key is the only way to open your vault. Write it on paper and keep it away from this laptop. It will not be shown again.</source>
        <translation>Si olvida su frase de contraseña o se restablece el llavero de este equipo, esta clave es la única forma de abrir su bóveda. Anótela en papel y guárdela lejos de esta computadora. No se volverá a mostrar.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K): client names, A-numbers, matter numbers, courts, notes and document titles.</source>
        <translation>Escriba en el cuadro de búsqueda (Ctrl+K): nombres de clientes, números A, números de caso, tribunales, notas y títulos de documentos.</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>Escriba algo que buscar.</translation>
    </message>
    <message>
        <source>Search: {query}</source>
        <translation>Búsqueda: {query}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>1 result; Enter opens the matter.</source>
        <translation>1 resultado; Intro abre el caso.</translation>
    </message>
    <message>
        <source>{count} results; Enter opens the matter.</source>
        <translation>{count} resultados; Intro abre el caso.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>días antes</translation>
    </message>
    <message>
        <source>Remind me this many days before a deadline or hearing</source>
        <translation>Recordarme esta cantidad de días antes de un plazo o una audiencia</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>Mostrar una notificación en el escritorio</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity</source>
        <translation>Bloquear tras esta cantidad de minutos sin actividad</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Reminders:</source>
        <translation>&amp;Recordatorios:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes the next time Pro Bono Workbench starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Pro Bono Workbench.</translation>
    </message>
    <message>
        <source>Open &amp;another vault next time…</source>
        <translation>Abrir &amp;otra bóveda la próxima vez…</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Carpeta de la bóveda:</translation>
    </message>
    <message>
        <source>Notifications say how many deadlines and hearings are coming up, never whose; nothing is sent anywhere.</source>
        <translation>Las notificaciones dicen cuántos plazos y audiencias se acercan, nunca de quién; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>This desktop has no notification area: the dashboard shows the reminders.</source>
        <translation>Este escritorio no tiene área de notificaciones: el panel muestra los recordatorios.</translation>
    </message>
    <message>
        <source>Vault folder to open</source>
        <translation>Carpeta de la bóveda que se abrirá</translation>
    </message>
    <message>
        <source>That folder holds no vault (no {name} file).</source>
        <translation>Esa carpeta no contiene ninguna bóveda (no hay archivo {name}).</translation>
    </message>
    <message>
        <source>Pro Bono Workbench opens that vault the next time it starts.</source>
        <translation>Pro Bono Workbench abrirá esa bóveda la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synced: sent {sent}, received {received}</source>
        <translation>Sincronizado: enviados {sent}, recibidos {received}</translation>
    </message>
    <message>
        <source>files sent {sent}, received {received}</source>
        <translation>archivos enviados {sent}, recibidos {received}</translation>
    </message>
    <message>
        <source>{count} refused by the hub</source>
        <translation>{count} rechazados por el servidor</translation>
    </message>
    <message>
        <source>field maps installed: {names}</source>
        <translation>mapas de campos instalados: {names}</translation>
    </message>
    <message>
        <source>{count} published field map(s) refused (see the log)</source>
        <translation>{count} mapa(s) de campos publicado(s) rechazado(s) (vea el registro)</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflicto por revisar</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflictos por revisar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Workbench bundles (*.wbbundle)</source>
        <translation>Paquetes cifrados de Workbench (*.wbbundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file was not imported: {reason} Nothing from it was used.</source>
        <translation>El archivo no se importó: {reason} No se usó nada de él.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send your changes to the organization and receive theirs</source>
        <translation>Enviar sus cambios a la organización y recibir los de ella</translation>
    </message>
    <message>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Conflictos por revisar…</translation>
    </message>
    <message>
        <source>Fields changed both on the hub and on a device</source>
        <translation>Campos cambiados tanto en el servidor de la organización como en un dispositivo</translation>
    </message>
    <message>
        <source>&amp;Export for the organization…</source>
        <translation>&amp;Exportar para la organización…</translation>
    </message>
    <message>
        <source>Write your changes to an encrypted file, for when there is no connection</source>
        <translation>Escribir sus cambios en un archivo cifrado, para cuando no haya conexión</translation>
    </message>
    <message>
        <source>&amp;Import from the organization…</source>
        <translation>&amp;Importar de la organización…</translation>
    </message>
    <message>
        <source>Import the organization&apos;s answer to an exported file</source>
        <translation>Importar la respuesta de la organización a un archivo exportado</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Export for the organization</source>
        <translation>Exportar para la organización</translation>
    </message>
    <message>
        <source>Wrote {name}: {changes} and {files} file(s), encrypted for the organization and signed by this vault. Give it to the organization (USB stick or secure e-mail), then import their answer with Sync › Import from the organization…. Your changes stay marked as waiting until then.</source>
        <translation>Se escribió {name}: {changes} y {files} archivo(s), cifrados para la organización y firmados por esta bóveda. Entréguelo a la organización (memoria USB o correo electrónico seguro) y luego importe su respuesta con Sincronizar › Importar de la organización…. Hasta entonces, sus cambios siguen marcados como pendientes.</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exportado {name}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Import from the organization</source>
        <translation>Importar de la organización</translation>
    </message>
    <message>
        <source>Imported the organization&apos;s answer: {confirmed} of your changes confirmed, {received} record(s) received; {conflicts} conflict(s) to review.</source>
        <translation>Se importó la respuesta de la organización: {confirmed} de sus cambios confirmados, {received} registro(s) recibido(s); {conflicts} conflicto(s) por revisar.</translation>
    </message>
    <message>
        <source>Imported the organization&apos;s answer: {confirmed} of your changes confirmed, {received} record(s) received.</source>
        <translation>Se importó la respuesta de la organización: {confirmed} de sus cambios confirmados, {received} registro(s) recibido(s).</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Importado {name}</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} no se importó</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <source>Sync with the organization</source>
        <translation>Sincronización con la organización</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor de la organización</translation>
    </message>
    <message>
        <source>Compare with the fingerprint the organization published</source>
        <translation>Compárela con la huella que publicó la organización</translation>
    </message>
    <message>
        <source>&amp;Enroll with a one-time code…</source>
        <translation>&amp;Inscribirse con un código de un solo uso…</translation>
    </message>
    <message>
        <source>Bundle-only: never connect; exchange files with the organization</source>
        <translation>Solo paquetes cifrados: no conectarse nunca; intercambiar archivos con la organización</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the organization published; if they differ, do not sync.</source>
        <translation>Compárela con la huella que publicó la organización; si no coinciden, no sincronice.</translation>
    </message>
    <message>
        <source>Hub key:</source>
        <translation>Clave del servidor:</translation>
    </message>
    <message>
        <source>For networks that block the hub: Sync › Export for the organization writes an encrypted file; import the organization&apos;s answer with Sync › Import.</source>
        <translation>Para redes que bloquean el servidor: Sincronizar › Exportar para la organización escribe un archivo cifrado; importe la respuesta de la organización con Sincronizar › Importar.</translation>
    </message>
    <message>
        <source>Enrolled with {organization} as {email}</source>
        <translation>Inscrito en {organization} como {email}</translation>
    </message>
    <message>
        <source>Not enrolled: sync needs a one-time code from the organization.</source>
        <translation>Sin inscribir: para sincronizar hace falta un código de un solo uso de la organización.</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>&amp;Inscribirse de nuevo…</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>Bundle-only · {changes} to export</source>
        <translation>Solo paquetes cifrados · {changes} por exportar</translation>
    </message>
    <message>
        <source>Bundle-only · nothing to export</source>
        <translation>Solo paquetes cifrados · nada por exportar</translation>
    </message>
    <message>
        <source>Not enrolled with a hub</source>
        <translation>Sin inscribir en un servidor de la organización</translation>
    </message>
    <message>
        <source>{changes} waiting</source>
        <translation>{changes} pendientes</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>Last sync {when} · {waiting}</source>
        <translation>Última sincronización {when} · {waiting}</translation>
    </message>
    <message>
        <source>Bundle-only: exchange files with Sync › Export / Import</source>
        <translation>Solo paquetes cifrados: intercambie archivos con Sincronizar › Exportar / Importar</translation>
    </message>
    <message>
        <source>Hub of {organization}: {address}</source>
        <translation>Servidor de {organization}: {address}</translation>
    </message>
    <message>
        <source>Click to enroll with the organization&apos;s hub (Settings)</source>
        <translation>Haga clic para inscribirse en el servidor de la organización (Configuración)</translation>
    </message>
    <message>
        <source>Review the values the hub and this device disagree on</source>
        <translation>Revise los valores en los que el servidor y este dispositivo no coinciden</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync: what was sent or received is kept</source>
        <translation>Detener la sincronización: se conserva lo ya enviado o recibido</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Open tasks with a due date appear on the dashboard. The certifying agency (I-918 Supplement B) and the interpreter (I-589, I-918) are read from Contacts.</source>
        <translation>Las tareas pendientes con fecha límite aparecen en el panel. La agencia certificadora (Suplemento B del I-918) y el intérprete (I-589, I-918) se toman de Contactos.</translation>
    </message>
</context>
<context>
    <name>TimeTab</name>
    <message>
        <source>Pro bono hours</source>
        <translation>Horas pro bono</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>registro de horas</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Total de horas</translation>
    </message>
    <message>
        <source>Total: {hours} (1 entry)</source>
        <translation>Total: {hours} (1 registro)</translation>
    </message>
    <message>
        <source>Total: {hours} ({count} entries)</source>
        <translation>Total: {hours} ({count} registros)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — Pro Bono Workbench</source>
        <translation>Desbloquear — Pro Bono Workbench</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use my &amp;recovery key instead</source>
        <translation>Usar mi clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use my recovery key instead of the passphrase</source>
        <translation>Usar mi clave de recuperación en lugar de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Your vault is locked. Enter your passphrase to open it.</source>
        <translation>Su bóveda está bloqueada. Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Bóveda: {path}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>({count} failed attempts.)</source>
        <translation>({count} intentos fallidos.)</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Puede volver a intentarlo en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide — Pro Bono Workbench</source>
        <translation>Guía del usuario — Pro Bono Workbench</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide was not found ({path}).</source>
        <translation>No se encontró la guía del usuario ({path}).</translation>
    </message>
</context>
<context>
    <name>VisitKitDialog</name>
    <message>
        <source>Client&apos;s &amp;name</source>
        <translation>&amp;Nombre del cliente</translation>
    </message>
    <message>
        <source>&amp;A-Number</source>
        <translation>Número &amp;A</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Detention &amp;facility</source>
        <translation>&amp;Centro de detención</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés (English)</translation>
    </message>
    <message>
        <source>Español (Spanish)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Detention-visit kit</source>
        <translation>Kit para la visita al centro de detención</translation>
    </message>
    <message>
        <source>Language of the worksheet</source>
        <translation>Idioma de la hoja de trabajo</translation>
    </message>
    <message>
        <source>Also print (off by default: the pages leave your hands)</source>
        <translation>Imprimir también (desactivado por defecto: las páginas salen de sus manos)</translation>
    </message>
    <message>
        <source>&amp;Save kit…</source>
        <translation>&amp;Guardar kit…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>For facilities where laptops are not allowed: a pre-visit checklist, a client summary and the intake and declaration-interview worksheet, to print. Only the matter number identifies the client unless you choose more below.</source>
        <translation>Para centros donde no se permiten portátiles: una lista de verificación previa a la visita, un resumen del cliente y la hoja de trabajo para la admisión y la entrevista de la declaración, para imprimir. Solo el número de caso identifica al cliente, salvo que elija más abajo.</translation>
    </message>
    <message>
        <source>Save the visit kit (a decrypted copy)</source>
        <translation>Guardar el kit de visita (una copia descifrada)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the kit…</source>
        <translation>Preparando el kit…</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Matter {initials}</source>
        <translation>Caso {initials}</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>Adjustment of status (Form I-485, with the I-765, I-131 and I-912 that go with it) filed with USCIS: asylee, Special Immigrant Juvenile or VAWA self-petitioner</source>
        <translation>Ajuste de estatus (Formulario I-485, con los I-765, I-131 e I-912 que lo acompañan) presentado ante USCIS: asilado, Inmigrante Juvenil Especial o autopeticionario de VAWA</translation>
    </message>
    <message>
        <source>Form I-765 under category (c)(9) (pending adjustment) if the applicant wants a work permit while the I-485 is pending (an asylee already may work incident to status). The app encloses it once its questions are begun.</source>
        <translation>Formulario I-765 en la categoría (c)(9) (ajuste pendiente) si el solicitante quiere un permiso de trabajo mientras el I-485 está pendiente (un asilado ya puede trabajar por su estatus). La aplicación lo adjunta cuando se han empezado a responder sus preguntas.</translation>
    </message>
    <message>
        <source>Form I-131 for advance parole (Part 1, Item 5.A) if the applicant must travel while the I-485 is pending: leaving without it abandons the application. An asylee asks for a Refugee Travel Document instead. The app encloses it once its questions are begun.</source>
        <translation>Formulario I-131 para el permiso de viaje adelantado (advance parole; Parte 1, punto 5.A) si el solicitante debe viajar mientras el I-485 está pendiente: salir sin él equivale a abandonar la solicitud. Un asilado pide en cambio un Documento de Viaje de Refugiado. La aplicación lo adjunta cuando se han empezado a responder sus preguntas.</translation>
    </message>
    <message>
        <source>Form I-912 only when a form in the packet carries a fee the applicant asks to waive and that form may be waived; fee-exempt filings need none. The app encloses it once its questions are begun.</source>
        <translation>Formulario I-912 solo cuando un formulario del paquete tiene una tarifa que el solicitante pide exonerar y esa tarifa se puede exonerar; las presentaciones exentas de tarifa no lo necesitan. La aplicación lo adjunta cuando se han empezado a responder sus preguntas.</translation>
    </message>
    <message>
        <source>Form I-485 signed and dated by the applicant in Part 10, by the interpreter in Part 11 if one read the form, and by the preparer in Part 12.</source>
        <translation>Formulario I-485 firmado y fechado por el solicitante en la Parte 10, por el intérprete en la Parte 11 si alguien le leyó el formulario, y por quien lo preparó en la Parte 12.</translation>
    </message>
    <message>
        <source>Evidence of the category in Part 2: for an asylee, the asylum approval (USCIS notice, I-94 or the judge&apos;s order) and proof of one year of physical presence in the United States after the grant; for a Special Immigrant Juvenile, the Form I-360 approval notice (or the I-360 filed with the I-485) and, if removal proceedings were dismissed or terminated, the order; for a VAWA self-petitioner, the Form I-360 approval or receipt notice.</source>
        <translation>Prueba de la categoría de la Parte 2: para un asilado, la aprobación del asilo (aviso de USCIS, I-94 u orden del juez) y prueba de un año de presencia física en los Estados Unidos después de la concesión; para un Menor Inmigrante Especial, el aviso de aprobación del Formulario I-360 (o el I-360 presentado junto con el I-485) y, si el procedimiento de deportación fue desestimado o terminado, la orden; para un autopeticionario de VAWA, el aviso de aprobación o de recibo del Formulario I-360.</translation>
    </message>
    <message>
        <source>Form I-693 (Report of Immigration Medical Examination and Vaccination Record) completed and signed by a USCIS-designated civil surgeon, in the sealed envelope, filed with the I-485.</source>
        <translation>Formulario I-693 (Informe del Examen Médico de Inmigración y Registro de Vacunación) completado y firmado por un médico civil designado por USCIS, en el sobre sellado, presentado con el I-485.</translation>
    </message>
    <message>
        <source>Two identical passport-style color photographs, name and A-Number written lightly on the back.</source>
        <translation>Dos fotografías a color idénticas, tipo pasaporte, con el nombre y el Número A escritos suavemente al dorso.</translation>
    </message>
    <message>
        <source>A copy of a government-issued photo identity document, the birth certificate (with translation), and a copy of the passport page with the visa, admission or parole stamp and the Form I-94, if any.</source>
        <translation>Copia de un documento de identidad con foto emitido por un gobierno, el acta de nacimiento (con traducción), y copia de la página del pasaporte con la visa o el sello de admisión o de parole y el Formulario I-94, si lo hay.</translation>
    </message>
    <message>
        <source>No Affidavit of Support (Form I-864): asylees and Special Immigrant Juveniles answer Part 3 Item 1.e, VAWA self-petitioners Item 1.d.</source>
        <translation>Sin Declaración Jurada de Patrocinio (Formulario I-864): los asilados y los Menores Inmigrantes Especiales marcan la Parte 3, Punto 1.e; los autopeticionarios de VAWA, el Punto 1.d.</translation>
    </message>
    <message>
        <source>Every document in a foreign language with a full English translation and the translator&apos;s certificate of competence and accuracy.</source>
        <translation>Todo documento en otro idioma con su traducción completa al inglés y el certificado del traductor sobre su competencia y la exactitud de la traducción.</translation>
    </message>
    <message>
        <source>Petition (Form I-360: VAWA self-petition or Special Immigrant Juvenile) filed with USCIS</source>
        <translation>Petición (Formulario I-360: autopetición VAWA o Menor Inmigrante Especial) presentada ante USCIS</translation>
    </message>
    <message>
        <source>Form G-28 signed by the attorney and the petitioner.</source>
        <translation>Formulario G-28 firmado por el abogado y el peticionario.</translation>
    </message>
    <message>
        <source>The evidence the I-360 instructions list for the classification (VAWA: the qualifying relationship, a good-faith marriage for a spouse, battery or extreme cruelty, shared residence, good moral character; SIJS: the state juvenile court order).</source>
        <translation>Las pruebas que las instrucciones del I-360 exigen para la clasificación (VAWA: la relación de parentesco requerida, un matrimonio de buena fe si es cónyuge, agresión o crueldad extrema, residencia en común, buena conducta moral; SIJS: la orden del tribunal estatal de menores).</translation>
    </message>
    <message>
        <source>Foreign-language documents with full English translations and the translator&apos;s certificate of competence and accuracy.</source>
        <translation>Documentos en idioma extranjero con traducción completa al inglés y el certificado del traductor sobre su competencia y la exactitud de la traducción.</translation>
    </message>
    <message>
        <source>Asylum, withholding and CAT application (Form I-589) filed with the Immigration Court</source>
        <translation>Solicitud de asilo, suspensión de la deportación (withholding of removal) y CAT (Formulario I-589) presentada ante el tribunal de inmigración</translation>
    </message>
    <message>
        <source>Form EOIR-28 on file with the court (e-filed in ECAS or attached): the G-28 is for DHS, not the court.</source>
        <translation>Formulario EOIR-28 presentado ante el tribunal (por ECAS o adjunto): el G-28 es para el DHS, no para el tribunal.</translation>
    </message>
    <message>
        <source>A cover page naming the filing, the respondent, the A-Number, the judge, the next hearing and whether detained.</source>
        <translation>Una portada que indique la presentación, el demandado, el número A, el juez, la próxima audiencia y si está detenido.</translation>
    </message>
    <message>
        <source>Exhibits indexed with a table of contents, tabbed, and every page numbered consecutively.</source>
        <translation>Anexos con índice, separadores y todas las páginas numeradas de forma consecutiva.</translation>
    </message>
    <message>
        <source>Letter-size (8 1/2 x 11 inch) pages.</source>
        <translation>Páginas tamaño carta (8 1/2 x 11 pulgadas).</translation>
    </message>
    <message>
        <source>Proof of service on DHS (ICE Office of the Principal Legal Advisor) with the date and manner of service, signed.</source>
        <translation>Constancia de notificación al DHS (Oficina del Asesor Jurídico Principal de ICE) con la fecha y la forma de notificación, firmada.</translation>
    </message>
    <message>
        <source>Foreign-language documents with an English translation and a typed, signed translator&apos;s certificate of competence and accuracy, with the translator&apos;s address and telephone number.</source>
        <translation>Documentos en idioma extranjero con traducción al inglés y un certificado del traductor, mecanografiado y firmado, sobre su competencia y la exactitud de la traducción, con la dirección y el teléfono del traductor.</translation>
    </message>
    <message>
        <source>Form I-589 complete and signed; the applicant swears to it before the judge at the hearing.</source>
        <translation>Formulario I-589 completo y firmado; el solicitante lo jura ante el juez en la audiencia.</translation>
    </message>
    <message>
        <source>Filed by the deadline the judge set (and the one-year deadline, or Part C explains the exception).</source>
        <translation>Presentado dentro del plazo que fijó el juez (y del plazo de un año, o la Parte C explica la excepción).</translation>
    </message>
    <message>
        <source>Affirmative asylum application (Form I-589) filed with USCIS</source>
        <translation>Solicitud de asilo afirmativo (Formulario I-589) presentada ante USCIS</translation>
    </message>
    <message>
        <source>Form G-28 signed by the attorney and the applicant, on top of the application.</source>
        <translation>Formulario G-28 firmado por el abogado y el solicitante, encima de la solicitud.</translation>
    </message>
    <message>
        <source>Form I-589 completed, every item answered (&quot;N/A&quot;/&quot;None&quot; where it does not apply), signed by the applicant in Part D and by the preparer in Part E.</source>
        <translation>Formulario I-589 completo, con todas las preguntas respondidas (&quot;N/A&quot;/&quot;None&quot; donde no corresponda), firmado por el solicitante en la Parte D y por el preparador en la Parte E.</translation>
    </message>
    <message>
        <source>The signed original Form I-589: since May 31, 2023 USCIS asks for no extra copies of the form or of the supporting documents (8 CFR 208.3(a) still names one copy for each included family member: check the current instructions).</source>
        <translation>El original firmado del Formulario I-589: desde el 31 de mayo de 2023 USCIS no pide copias adicionales del formulario ni de los documentos de respaldo (el 8 CFR 208.3(a) todavía menciona una copia por cada familiar incluido: consulte las instrucciones vigentes).</translation>
    </message>
    <message>
        <source>No passport-style photographs: USCIS stopped requiring them with Form I-589 on May 31, 2023 (check the current instructions).</source>
        <translation>Sin fotografías tipo pasaporte: USCIS dejó de exigirlas con el Formulario I-589 el 31 de mayo de 2023 (consulte las instrucciones vigentes).</translation>
    </message>
    <message>
        <source>Copies of passports, other travel or identity documents and I-94 records of the applicant and each included family member.</source>
        <translation>Copias de los pasaportes, otros documentos de viaje o de identidad y registros I-94 del solicitante y de cada familiar incluido.</translation>
    </message>
    <message>
        <source>Evidence of the relationship to each included spouse or child (marriage and birth certificates, or secondary evidence with an explanation).</source>
        <translation>Pruebas de la relación con cada cónyuge o hijo incluido (actas de matrimonio y de nacimiento, o pruebas secundarias con una explicación).</translation>
    </message>
    <message>
        <source>The applicant&apos;s signed declaration (detailed statement of the claim), referenced from Part B, plus corroborating evidence or an explanation of why it is not reasonably available.</source>
        <translation>La declaración firmada del solicitante (relato detallado de la solicitud), mencionada en la Parte B, más pruebas que la corroboren o una explicación de por qué no están razonablemente disponibles.</translation>
    </message>
    <message>
        <source>Every document in a foreign language with a full English translation and the translator&apos;s certificate that the translation is complete and accurate and that the translator is competent to translate.</source>
        <translation>Todo documento en idioma extranjero con traducción completa al inglés y el certificado del traductor de que la traducción es completa y exacta y de que es competente para traducir.</translation>
    </message>
    <message>
        <source>Filed within one year of the last arrival, or Part C explains changed or extraordinary circumstances.</source>
        <translation>Presentada dentro del año siguiente a la última llegada, o la Parte C explica las circunstancias cambiantes o extraordinarias.</translation>
    </message>
    <message>
        <source>U visa petition (Form I-918, Supplements A and B, I-765, I-912) filed with USCIS</source>
        <translation>Petición de visa U (Formulario I-918, Suplementos A y B, I-765, I-912) presentada ante USCIS</translation>
    </message>
    <message>
        <source>One Form I-918 Supplement A for each qualifying family member the petition includes (spouse, children under 21; parents and unmarried siblings under 18 when the petitioner is under 21), filed with the I-918 or later.</source>
        <translation>Un Formulario I-918 Suplemento A por cada familiar calificado que incluya la petición (cónyuge, hijos menores de 21 años; padres y hermanos solteros menores de 18 años si el peticionario es menor de 21), presentado con el I-918 o después.</translation>
    </message>
    <message>
        <source>Form I-765 for the petitioner and one for each qualifying family member in the United States (none for a member abroad: no U.S. work permit before admission), filed with the I-918 or the member&apos;s Supplement A, so USCIS can issue bona fide determination work permits; no fee for the initial ones. A member&apos;s copy is ticked when their Supplement A asks for a work permit (Part 4, Item 8); untick any copy not wanted now. Each member&apos;s copy follows that member&apos;s own Form G-28, enclosed with it by the same tick box: the member is its client and signs it (a parent or legal guardian may sign for a child under 14).</source>
        <translation>Formulario I-765 del peticionario y uno por cada familiar calificado que esté en los Estados Unidos (ninguno para un familiar en el extranjero: no hay permiso de trabajo estadounidense antes de la admisión), presentado con el I-918 o con el Suplemento A del familiar, para que USCIS pueda emitir los permisos de trabajo de la determinación de buena fe; los primeros no pagan tarifa. La copia de un familiar se marca cuando su Suplemento A pide un permiso de trabajo (Parte 4, punto 8); desmarque cualquier copia que no se quiera ahora. Cada copia de un familiar va después del propio Formulario G-28 de ese familiar, que se adjunta con ella con la misma casilla: el familiar es su cliente y lo firma (un padre, una madre o un tutor legal puede firmar por un niño menor de 14 años).</translation>
    </message>
    <message>
        <source>Form I-912 only when a form in the packet carries a fee to be waived (for example Form I-192): the I-918, its supplements and an initial bona fide determination I-765 have no fee. The app encloses it when its questions have been answered.</source>
        <translation>Formulario I-912 solo cuando un formulario del paquete tiene una tarifa que se pide exonerar (por ejemplo, el Formulario I-192): el I-918, sus suplementos y el primer I-765 de la determinación de buena fe no pagan tarifa. La aplicación lo adjunta cuando se han respondido sus preguntas.</translation>
    </message>
    <message>
        <source>Form I-918 Supplement B signed by the certifying official within the six months before filing.</source>
        <translation>Formulario I-918 Suplemento B firmado por el funcionario certificador dentro de los seis meses anteriores a la presentación.</translation>
    </message>
    <message>
        <source>The petitioner&apos;s signed personal statement describing the criminal activity.</source>
        <translation>La declaración personal firmada del peticionario que describe la actividad delictiva.</translation>
    </message>
    <message>
        <source>Form I-192 waiver application if any ground of inadmissibility applies.</source>
        <translation>Solicitud de dispensa en el Formulario I-192 si corresponde alguna causal de inadmisibilidad.</translation>
    </message>
    <message>
        <source>Fee waiver request (Form I-912) filed with the application or petition it covers</source>
        <translation>Solicitud de exención de tarifas (Formulario I-912) presentada con la solicitud o petición que cubre</translation>
    </message>
    <message>
        <source>Each fee to be waived is one USCIS may waive (the list at uscis.gov/i-912, 8 CFR 106.3(a)(3)), and the form is not fee-exempt for this client (a fee exemption in Form G-1055 needs no I-912); fees set by H.R. 1 cannot be waived.</source>
        <translation>Cada tarifa por eximir es una que USCIS puede eximir (la lista en uscis.gov/i-912, 8 CFR 106.3(a)(3)) y el formulario no está exento de tarifa para este cliente (una exención del Formulario G-1055 no necesita I-912); las tarifas fijadas por la ley H.R. 1 no pueden eximirse.</translation>
    </message>
    <message>
        <source>At least one basis selected in Part 1, with supporting documentation for each basis selected; only the parts for the chosen bases completed (1.A: Parts 2-4 and 7-9; 1.B: Parts 2-3, 5 and 7-9; 1.C: Parts 2-3 and 6-9).</source>
        <translation>Al menos una base marcada en la Parte 1, con documentación de respaldo para cada base marcada; solo se completan las partes de las bases elegidas (1.A: Partes 2-4 y 7-9; 1.B: Partes 2-3, 5 y 7-9; 1.C: Partes 2-3 y 6-9).</translation>
    </message>
    <message>
        <source>Basis 1.A: for each person in Part 4, a current document from the agency that awarded the means-tested benefit.</source>
        <translation>Base 1.A: para cada persona de la Parte 4, un documento vigente de la agencia que otorgó el beneficio sujeto a comprobación de recursos.</translation>
    </message>
    <message>
        <source>Basis 1.B: household income at or below 150 percent of the Federal Poverty Guidelines for the household size, checked by the attorney against the current USCIS Form I-912P (the app does not hold the figures); evidence of the income; any change since the last Federal tax return explained in Part 5, Item 9.</source>
        <translation>Base 1.B: ingresos del hogar iguales o inferiores al 150 por ciento de las Pautas Federales de Pobreza para el tamaño del hogar, verificados por el abogado con el Formulario I-912P vigente de USCIS (la aplicación no contiene las cifras); prueba de los ingresos; todo cambio desde la última declaración federal de impuestos explicado en la Parte 5, punto 9.</translation>
    </message>
    <message>
        <source>Basis 1.C: Part 6 describes the situation with the amounts, lists assets and monthly expenses, and evidence of the hardship and of the monthly payments is attached.</source>
        <translation>Base 1.C: la Parte 6 describe la situación con los montos, enumera los bienes y los gastos mensuales, y se adjunta prueba de la dificultad y de los pagos mensuales.</translation>
    </message>
    <message>
        <source>Signed and dated in Part 7 by the requestor, who may sign for the whole household listed in Part 3 (a parent or legal guardian signs for a requestor under 14); the interpreter (Part 8) and the preparer (Part 9) sign too.</source>
        <translation>Firmado y fechado en la Parte 7 por el solicitante, que puede firmar por todo el hogar indicado en la Parte 3 (un padre o tutor legal firma por un solicitante menor de 14 años); también firman el intérprete (Parte 8) y el preparador (Parte 9).</translation>
    </message>
    <message>
        <source>Filed on paper together with the application or petition whose fee it covers, without a payment for the fees to be waived.</source>
        <translation>Presentado en papel junto con la solicitud o petición cuya tarifa cubre, sin pago de las tarifas por eximir.</translation>
    </message>
    <message>
        <source>Refugee/asylee relative petition (Form I-730), one for each spouse or child, filed with USCIS</source>
        <translation>Petición de familiar de refugiado o asilado (Formulario I-730), una por cada cónyuge o hijo, presentada ante USCIS</translation>
    </message>
    <message>
        <source>A separate Form I-730 for each spouse or unmarried child, each with its own photograph and evidence; the START HERE box says which of the petitioner&apos;s forms this is (for example 1 of 2).</source>
        <translation>Un Formulario I-730 por separado para cada cónyuge o hijo soltero, cada uno con su propia fotografía y pruebas; el recuadro START HERE indica cuál de los formularios del peticionario es este (por ejemplo, 1 de 2).</translation>
    </message>
    <message>
        <source>Filed within two years of the date asylum was granted (a refugee: of the admission to the United States), or Part 3 answers Yes, explains the delay and attaches evidence of the humanitarian reasons for USCIS to extend the period.</source>
        <translation>Presentada dentro de los dos años siguientes a la fecha de concesión del asilo (un refugiado: de su admisión en Estados Unidos), o la Parte 3 responde «Yes», explica la demora y adjunta pruebas de las razones humanitarias para que USCIS prorrogue el plazo.</translation>
    </message>
    <message>
        <source>Proof of the petitioner&apos;s status as a principal asylee or refugee: the I-94 granting it, the immigration judge&apos;s order or the asylum approval notice (or the EAD, advance parole or refugee travel document the checklist accepts).</source>
        <translation>Prueba del estatus del peticionario como asilado o refugiado principal: el I-94 que lo concede, la orden del juez de inmigración o la notificación de aprobación del asilo (o el EAD, el permiso de viaje anticipado o el documento de viaje de refugiado que acepta la lista de USCIS).</translation>
    </message>
    <message>
        <source>A passport-style photograph, or a recent clear photograph, of the family member the petition is for.</source>
        <translation>Una fotografía tipo pasaporte, o una fotografía reciente y nítida, del familiar para quien es la petición.</translation>
    </message>
    <message>
        <source>If the family member is in the United States: a copy of both sides of their Form I-94, and Part 6 signed by them if they are 14 or older.</source>
        <translation>Si el familiar está en Estados Unidos: una copia de ambas caras de su Formulario I-94, y la Parte 6 firmada por él o ella si tiene 14 años o más.</translation>
    </message>
    <message>
        <source>Evidence of the relationship as it existed on the day asylum was granted: for a spouse, the marriage certificate, proof that every prior marriage of either spouse ended, and any legal name change; for a child, the birth certificate naming the petitioner as parent (for a stepchild, also the parents&apos; marriage certificate; for an adopted child, the adoption decree).</source>
        <translation>Prueba de la relación tal como existía el día en que se concedió el asilo: para un cónyuge, el certificado de matrimonio, prueba de que terminó cada matrimonio anterior de cualquiera de los cónyuges y de cualquier cambio legal de nombre; para un hijo, el acta de nacimiento que nombra al peticionario como padre o madre (para un hijastro, también el certificado de matrimonio de los padres; para un hijo adoptivo, la sentencia de adopción).</translation>
    </message>
    <message>
        <source>The family member&apos;s name and mailing address written in the language of the country where they live (Part 2, Item 22), so the interview notice reaches them.</source>
        <translation>El nombre y la dirección postal del familiar escritos en el idioma del país donde vive (Parte 2, punto 22), para que le llegue la citación a la entrevista.</translation>
    </message>
    <message>
        <source>Work permit application (Form I-765) filed with USCIS</source>
        <translation>Solicitud de permiso de trabajo (Formulario I-765) presentada ante USCIS</translation>
    </message>
    <message>
        <source>Form G-28 signed by the attorney and the applicant.</source>
        <translation>Formulario G-28 firmado por el abogado y el solicitante.</translation>
    </message>
    <message>
        <source>One eligibility category in Part 2, Item 27, the one the evidence supports (the workbench&apos;s proposal, checked against the matter&apos;s facts).</source>
        <translation>Una sola categoría de elegibilidad en la Parte 2, punto 27, la que respaldan las pruebas (la que propone el programa, verificada con los hechos del caso).</translation>
    </message>
    <message>
        <source>Category (c)(8): filed no earlier than 150 days after the complete asylum application (the deadline on the matter), with a copy of the I-589 receipt or other proof of filing, and certified court dispositions if Part 2, Item 30 is Yes.</source>
        <translation>Categoría (c)(8): presentada no antes de 150 días después de la solicitud de asilo completa (el plazo del caso), con copia del recibo del I-589 u otra prueba de su presentación, y las resoluciones judiciales certificadas si la Parte 2, punto 30 es Sí.</translation>
    </message>
    <message>
        <source>Evidence of the category: (c)(14) the notice of deferred action or of the bona fide determination (and Form I-765WS where the instructions ask for it); (c)(31) the I-360 approval notice; (c)(9) the I-485 receipt or the I-485 filed with it; (a)(5) the asylum grant; (a)(19)/(a)(20) the U status approval.</source>
        <translation>Pruebas de la categoría: (c)(14) el aviso de acción diferida o de la determinación de buena fe (y el Formulario I-765WS cuando las instrucciones lo piden); (c)(31) el aviso de aprobación del I-360; (c)(9) el recibo del I-485 o el I-485 presentado con ella; (a)(5) la concesión de asilo; (a)(19)/(a)(20) la aprobación del estatus U.</translation>
    </message>
    <message>
        <source>A copy of the last work permit (front and back) or, without one, a government-issued identity document with photograph, name and date of birth; a copy of the I-94, passport or other travel document if any.</source>
        <translation>Copia del último permiso de trabajo (anverso y reverso) o, si no lo tiene, un documento de identidad oficial con fotografía, nombre y fecha de nacimiento; copia del I-94, del pasaporte u otro documento de viaje, si los tiene.</translation>
    </message>
    <message>
        <source>Two identical passport-style color photographs taken within 30 days of filing, name and A-Number written lightly in pencil on the back.</source>
        <translation>Dos fotografías a color idénticas, tamaño pasaporte, tomadas en los 30 días anteriores a la presentación, con el nombre y el número A escritos suavemente a lápiz al reverso.</translation>
    </message>
    <message>
        <source>Part 3 signed and dated by the applicant; Part 4 by the interpreter if one read the form; Part 5 by the attorney.</source>
        <translation>Parte 3 firmada y fechada por el solicitante; la Parte 4 por el intérprete si alguno le leyó el formulario; la Parte 5 por el abogado.</translation>
    </message>
    <message>
        <source>Travel document application (Form I-131) filed with USCIS</source>
        <translation>Solicitud de documento de viaje (Formulario I-131) presentada ante USCIS</translation>
    </message>
    <message>
        <source>One application type in Part 1, the one the facts support: Item 2 or 3 (Refugee Travel Document) for an asylee or refugee, Item 5.A (advance parole) for a pending I-485; the workbench checks the type against the matter.</source>
        <translation>Un solo tipo de solicitud en la Parte 1, el que los hechos respaldan: la pregunta 2 o 3 (Documento de Viaje de Refugiado) para un asilado o refugiado, la 5.A (permiso de viaje adelantado) para un I-485 pendiente; el programa contrasta el tipo con el caso.</translation>
    </message>
    <message>
        <source>Refugee Travel Document: filed before the client leaves the United States and the biometrics appointment attended before departure; the client told that travel to the country of persecution, or on its passport, can end asylee or refugee status (Part 6 answers explained in Part 13).</source>
        <translation>Documento de Viaje de Refugiado: presentado antes de que el cliente salga de los Estados Unidos y la cita de datos biométricos cumplida antes de la salida; el cliente advertido de que viajar al país de persecución, o con su pasaporte, puede poner fin a la condición de asilado o refugiado (las respuestas de la Parte 6 explicadas en la Parte 13).</translation>
    </message>
    <message>
        <source>Proof of the basis: for a Refugee Travel Document, the asylum approval, the immigration judge&apos;s grant or the I-94 showing asylee or refugee status (a permanent resident: both sides of the green card); for advance parole, the I-485 receipt (or the I-485 filed with it) or the approved I-918 notice.</source>
        <translation>Prueba del fundamento: para un Documento de Viaje de Refugiado, la aprobación del asilo, la concesión del juez de inmigración o el I-94 que muestre la condición de asilado o refugiado (un residente permanente: ambas caras de la tarjeta de residente); para el permiso de viaje adelantado, el recibo del I-485 (o el I-485 presentado con ella) o la notificación de aprobación del I-918.</translation>
    </message>
    <message>
        <source>Advance parole: the purpose of the trip, the countries and the dates in Part 7 with evidence of the reason (for example a doctor&apos;s letter about a relative&apos;s illness); the client told not to leave before the document is issued.</source>
        <translation>Permiso de viaje adelantado: el propósito del viaje, los países y las fechas en la Parte 7 con pruebas del motivo (por ejemplo, una carta médica sobre la enfermedad de un familiar); el cliente advertido de no salir antes de que se expida el documento.</translation>
    </message>
    <message>
        <source>Two identical passport-style color photographs taken within 30 days of filing, name and A-Number written lightly in pencil on the back, and a copy of a government-issued photo identity document.</source>
        <translation>Dos fotografías idénticas a color, tamaño pasaporte, tomadas en los 30 días anteriores a la presentación, con el nombre y el número A escritos suavemente a lápiz al reverso, y una copia de un documento de identidad oficial con fotografía.</translation>
    </message>
    <message>
        <source>Part 10 signed and dated by the applicant; Part 11 by the interpreter if one was used; Part 12 by the attorney.</source>
        <translation>La Parte 10 firmada y fechada por el solicitante; la Parte 11 por el intérprete si lo hubo; la Parte 12 por el abogado.</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{count} overdue deadline</source>
        <translation>{count} plazo vencido</translation>
    </message>
    <message>
        <source>{count} overdue deadlines</source>
        <translation>{count} plazos vencidos</translation>
    </message>
    <message>
        <source>{count} deadline coming up</source>
        <translation>{count} plazo próximo</translation>
    </message>
    <message>
        <source>{count} deadlines coming up</source>
        <translation>{count} plazos próximos</translation>
    </message>
    <message>
        <source>{count} hearing coming up</source>
        <translation>{count} audiencia próxima</translation>
    </message>
    <message>
        <source>{count} hearings coming up</source>
        <translation>{count} audiencias próximas</translation>
    </message>
    <message>
        <source>{items}. Open Pro Bono Workbench to see them.</source>
        <translation>{items}. Abra Pro Bono Workbench para verlos.</translation>
    </message>
    <message>
        <source>{items} — the next is today. Open Pro Bono Workbench to see them.</source>
        <translation>{items} (el primero, hoy). Abra Pro Bono Workbench para verlos.</translation>
    </message>
    <message>
        <source>{items} — the next is tomorrow. Open Pro Bono Workbench to see them.</source>
        <translation>{items} (el primero, mañana). Abra Pro Bono Workbench para verlos.</translation>
    </message>
    <message>
        <source>{items} — the next in {days} days. Open Pro Bono Workbench to see them.</source>
        <translation>{items} (el primero, dentro de {days} días). Abra Pro Bono Workbench para verlos.</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>an override needs a reason (it is kept in the audit log)</source>
        <translation>una sustitución necesita un motivo (se guarda en el registro de actividad)</translation>
    </message>
    <message>
        <source>The override</source>
        <translation>La sustitución</translation>
    </message>
    <message>
        <source>Monday</source>
        <extracomment>Dates earlier than this are outside what the engine is meant for (and the holiday tables of the `holidays` package); refusing them catches typos such as year 0204.</extracomment>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>The names the `holidays` package gives (English), marked for translation; a name not listed here (a future closure) is shown as the package gives it.</extracomment>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Martin Luther King Jr. Day</source>
        <translation>Día de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos (Memorial Day)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Día Nacional de la Independencia (Juneteenth)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Día de Colón</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Día de los Veteranos</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Nochebuena</translation>
    </message>
    <message>
        <source>Christmas Eve (half-day closing)</source>
        <translation>Nochebuena (cierre a mediodía)</translation>
    </message>
    <message>
        <source>Day After Christmas</source>
        <translation>Día después de Navidad</translation>
    </message>
    <message>
        <source>National Day of Mourning for former President George H. W. Bush</source>
        <translation>Día Nacional de Duelo por el expresidente George H. W. Bush</translation>
    </message>
    <message>
        <source>National Day of Mourning for former President Gerald R. Ford</source>
        <translation>Día Nacional de Duelo por el expresidente Gerald R. Ford</translation>
    </message>
    <message>
        <source>National Day of Mourning for former President Jimmy Carter</source>
        <translation>Día Nacional de Duelo por el expresidente Jimmy Carter</translation>
    </message>
    <message>
        <source>National Day of Mourning for former President Ronald Reagan</source>
        <translation>Día Nacional de Duelo por el expresidente Ronald Reagan</translation>
    </message>
    <message>
        <source>{holiday} (observed)</source>
        <translation>{holiday} (día observado)</translation>
    </message>
    <message>
        <source>{date} ({weekday}, {holiday})</source>
        <translation>{date} ({weekday}, {holiday})</translation>
    </message>
    <message>
        <source>{date} ({weekday}, {closure}: federal offices closed by executive order)</source>
        <translation>{date} ({weekday}, {closure}: oficinas federales cerradas por orden ejecutiva)</translation>
    </message>
    <message>
        <source>{date} ({weekday})</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Date the immigration judge stated an oral decision in court. Date a written IJ decision was mailed or electronically served (not the date on it). Date the complete I-589 was filed (starts the EAD clock; checks the one-year rule).</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Date of last arrival in the United States</source>
        <translation>Fecha de la última llegada a los Estados Unidos</translation>
    </message>
    <message>
        <source>Date of the immigration judge&apos;s oral decision</source>
        <translation>Fecha de la decisión oral del juez de inmigración</translation>
    </message>
    <message>
        <source>Date the IJ&apos;s written decision was mailed or served</source>
        <translation>Fecha en que se envió por correo o se notificó la decisión escrita del juez de inmigración</translation>
    </message>
    <message>
        <source>Date of the BIA&apos;s final order</source>
        <translation>Fecha de la orden definitiva de la BIA</translation>
    </message>
    <message>
        <source>Client&apos;s date of birth</source>
        <translation>Fecha de nacimiento del cliente</translation>
    </message>
    <message>
        <source>State juvenile-court order with SIJ findings obtained</source>
        <translation>Se obtuvo la orden del tribunal estatal de menores con las determinaciones SIJ</translation>
    </message>
    <message>
        <source>Date the certifying official signed Supplement B</source>
        <translation>Fecha en que el funcionario certificador firmó el Suplemento B</translation>
    </message>
    <message>
        <source>Date the complete asylum application was filed</source>
        <translation>Fecha en que se presentó la solicitud de asilo completa</translation>
    </message>
    <message>
        <source>Date asylum was granted</source>
        <translation>Fecha en que se concedió el asilo</translation>
    </message>
    <message>
        <source>Unaccompanied alien child</source>
        <translation>Menor extranjero no acompañado</translation>
    </message>
    <message>
        <source>Master hearing date</source>
        <translation>Fecha de la audiencia preliminar (master calendar)</translation>
    </message>
    <message>
        <source>Individual hearing date</source>
        <translation>Fecha de la audiencia individual (de fondo)</translation>
    </message>
    <message>
        <source>master</source>
        <translation>preliminar (master calendar)</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual (de fondo)</translation>
    </message>
    <message>
        <source>{title}: hearing of {date}</source>
        <translation>{title}: audiencia del {date}</translation>
    </message>
    <message>
        <source>a federal holiday ({holiday})</source>
        <translation>un feriado federal ({holiday})</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>un sábado</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>un domingo</translation>
    </message>
    <message>
        <source>a day federal offices were closed by executive order ({closure})</source>
        <translation>un día en que las oficinas federales cerraron por orden ejecutiva ({closure})</translation>
    </message>
    <message>
        <source>a day recorded as closed in the settings</source>
        <translation>un día registrado como cerrado en la configuración</translation>
    </message>
    <message>
        <source>a business day</source>
        <translation>un día hábil</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} month</source>
        <translation>{count} mes</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
    <message>
        <source>{count} year</source>
        <translation>{count} año</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>{date} is {reason}. Rule: {rule}. The last day moves to the next business day: {result}.</source>
        <translation>El {date} es {reason}. Norma: {rule}. El último día pasa al siguiente día hábil: {result}.</translation>
    </message>
    <message>
        <source>{date} is a business day: no adjustment.</source>
        <translation>El {date} es un día hábil: no hay ajuste.</translation>
    </message>
    <message>
        <source>Caution: federal offices were closed on {date} by executive order ({closure}). A tribunal may treat that as a legal holiday and extend the period, but the engine does not rely on it: file by the day before, or electronically where allowed.</source>
        <translation>Precaución: las oficinas federales cerraron el {date} por orden ejecutiva ({closure}). Un tribunal puede tratarlo como feriado legal y prorrogar el plazo, pero el cálculo no cuenta con ello: presente el día anterior, o por vía electrónica donde se permita.</translation>
    </message>
    <message>
        <source>{date} is {reason}. {note} Result: {result}.</source>
        <translation>El {date} es {reason}. {note} Resultado: {result}.</translation>
    </message>
    <message>
        <source>{date} is {reason}. It is the first day one may act, so it is not moved; a filing must not be received before it.</source>
        <translation>El {date} es {reason}. Es el primer día en que se puede actuar, así que no se mueve; una presentación no debe recibirse antes de esa fecha.</translation>
    </message>
    <message>
        <source>{date} is {reason}: check the appointment notice.</source>
        <translation>El {date} es {reason}: revise el aviso de la cita.</translation>
    </message>
    <message>
        <source>{date} is {reason}. The date is not moved; plan to act by the last business day before it ({previous}).</source>
        <translation>El {date} es {reason}. La fecha no se mueve; planee actuar a más tardar el último día hábil anterior ({previous}).</translation>
    </message>
    <message>
        <source>Start: {label}: {date}.</source>
        <translation>Inicio: {label}: {date}.</translation>
    </message>
    <message>
        <source>Add {period} (calendar days; the {label} is day 0, weekends and holidays count): {date}.</source>
        <translation>Se suman {period} (días naturales; la {label} es el día 0 y los fines de semana y feriados cuentan): {date}.</translation>
    </message>
    <message>
        <source>Add {period} by the anniversary (corresponding-date) method: {date}.</source>
        <translation>Se suman {period} por el método del aniversario (fecha correspondiente): {date}.</translation>
    </message>
    <message>
        <source>That month has no day {day}. No source fixes this case; the engine uses the earlier reading ({date}), which cannot make the user late; the other reading is {other}.</source>
        <translation>Ese mes no tiene día {day}. Ninguna fuente resuelve este caso; el cálculo usa la lectura más temprana ({date}), que no puede hacer que el usuario llegue tarde; la otra lectura es {other}.</translation>
    </message>
    <message>
        <source>That month has no day {day}. No source fixes this case; the engine uses the later reading ({date}), which cannot make the user late; the other reading is {other}.</source>
        <translation>Ese mes no tiene día {day}. Ninguna fuente resuelve este caso; el cálculo usa la lectura más tardía ({date}), que no puede hacer que el usuario llegue tarde; la otra lectura es {other}.</translation>
    </message>
    <message>
        <source>The anniversary itself may fall outside the period, so the last day is the day before: {date}.</source>
        <translation>Es posible que el propio aniversario quede fuera del período, así que el último día es el día anterior: {date}.</translation>
    </message>
    <message>
        <source>Count back {days} calendar days (setting {setting}) from the hearing (the hearing is day 0, the day before is day 1): {date}.</source>
        <translation>Se cuentan hacia atrás {days} días naturales (configuración {setting}) desde la audiencia (la audiencia es el día 0 y el día anterior es el día 1): {date}.</translation>
    </message>
    <message>
        <source>Count back {days} calendar days from the hearing (the hearing is day 0, the day before is day 1): {date}.</source>
        <translation>Se cuentan hacia atrás {days} días naturales desde la audiencia (la audiencia es el día 0 y el día anterior es el día 1): {date}.</translation>
    </message>
    <message>
        <source>The immigration judge set the filing deadline: {date}. A date set by the judge controls over the manual&apos;s default ({default}).</source>
        <translation>El juez de inmigración fijó el plazo de presentación: {date}. Una fecha fijada por el juez prevalece sobre la fecha predeterminada del manual ({default}).</translation>
    </message>
    <message>
        <source>The date is the {what}: {date}.</source>
        <translation>La fecha es la {what}: {date}.</translation>
    </message>
    <message>
        <source>{label}: {date}.</source>
        <translation>{label}: {date}.</translation>
    </message>
    <message>
        <source>Born on 29 February; {year} has no 29 February. The engine takes 28 February as the birthday (the earlier reading; some jurisdictions use 1 March), so it cannot make the filing late.</source>
        <translation>Nacido el 29 de febrero; {year} no tiene 29 de febrero. El cálculo toma el 28 de febrero como cumpleaños (la lectura más temprana; algunas jurisdicciones usan el 1 de marzo), de modo que no puede hacer que la presentación llegue tarde.</translation>
    </message>
    <message>
        <source>The last day before the {label}: {date}.</source>
        <translation>El último día antes del {label}: {date}.</translation>
    </message>
    <message>
        <source>Filing deadline set by the immigration judge: {date}.</source>
        <translation>Plazo de presentación fijado por el juez de inmigración: {date}.</translation>
    </message>
    <message>
        <source>{reason}: the period starts on {date}.</source>
        <translation>{reason}: el período comienza el {date}.</translation>
    </message>
    <message>
        <source>A written decision was also served on {date}; when an oral decision was stated the period runs from it (Matter of Iskandarani, 29 I&amp;N Dec. 26 (BIA 2025)).</source>
        <translation>También se notificó una decisión escrita el {date}; cuando se dictó una decisión oral, el plazo corre desde esta (Matter of Iskandarani, 29 I&amp;N Dec. 26 (BIA 2025)).</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Fecha de la audiencia</translation>
    </message>
    <message>
        <source>Hearing type</source>
        <translation>Tipo de audiencia</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Filing deadline set by the judge</source>
        <translation>Plazo de presentación fijado por el juez</translation>
    </message>
    <message>
        <source>{notice} response due date</source>
        <translation>Fecha límite de respuesta ({notice})</translation>
    </message>
    <message>
        <source>{notice} issued</source>
        <translation>Fecha de emisión ({notice})</translation>
    </message>
    <message>
        <source>Response due (as printed)</source>
        <translation>Fecha límite de respuesta (según el aviso)</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Cita de datos biométricos</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Recorded as done on {date}: on or before the last day.</source>
        <translation>Registrado como hecho el {date}: en el último día o antes.</translation>
    </message>
    <message>
        <source>Recorded as done on {date}: AFTER the engine&apos;s last day: check the steps above for another reading, otherwise an exception must be shown.</source>
        <translation>Registrado como hecho el {date}: DESPUÉS del último día según el cálculo; revise los pasos anteriores por si hay otra lectura; de lo contrario, debe acreditarse una excepción.</translation>
    </message>
    <message>
        <source>no computed date</source>
        <translation>sin fecha calculada</translation>
    </message>
    <message>
        <source>Overridden by the user to {date} (computed: {computed}). Reason: {reason}</source>
        <translation>Sustituido por el usuario por el {date} (calculado: {computed}). Motivo: {reason}</translation>
    </message>
    <message>
        <source>8 CFR 1001.1(h) (and 8 CFR 1.2 for DHS): a period&apos;s last day that falls on a Saturday, Sunday or legal holiday runs to the end of the next day that is none of those</source>
        <extracomment>True when the period ends the day *before* the corresponding date (&quot;within the six months immediately preceding&quot;: the anniversary itself is outside). Matter kinds the rule applies to; ``None`` = any matter that has the trigger fact. Other MatterFacts fields the rule reads (shown among the explanation&apos;s inputs). The rule is skipped when any of these MatterFacts fields is set (e.g. the appeal deadline once the Board has ruled). Steps added when a yes/no fact has a given value (e.g. no state-court order yet). A MatterFacts date field recording when the act was done (the I-589 was filed): the explanation then says whether that was on or before the last day.</extracomment>
        <translation>8 CFR 1001.1(h) (y 8 CFR 1.2 para el DHS): el último día de un plazo que cae en sábado, domingo o feriado legal se extiende hasta el final del siguiente día que no sea ninguno de ellos</translation>
    </message>
    <message>
        <source>EOIR&apos;s manual counts back in calendar days (the hearing is day 0, the day before is day 1). Where that day is a Saturday, Sunday or legal holiday, the manual&apos;s text as restated in the sources checked construes the deadline to fall on the NEXT business day; the engine instead shows the PRECEDING business day, which is timely under either reading. Check the manual&apos;s current Chapter 3.1(c) before relying on the later date.</source>
        <translation>El manual de la EOIR cuenta hacia atrás en días naturales (la audiencia es el día 0 y el día anterior es el día 1). Cuando ese día es sábado, domingo o feriado legal, el texto del manual, tal como lo reproducen las fuentes consultadas, sitúa el plazo en el SIGUIENTE día hábil; el cálculo muestra en cambio el día hábil ANTERIOR, que es oportuno con cualquiera de las dos lecturas. Consulte el capítulo 3.1(c) vigente del manual antes de confiar en la fecha posterior.</translation>
    </message>
    <message>
        <source>The period runs from the oral decision when one was stated in court, even if a written memorandum of it is mailed later (Matter of Iskandarani, 29 I&amp;N Dec. 26 (BIA 2025)); from the mailing or electronic notification for a written decision.</source>
        <translation>El plazo corre desde la decisión oral cuando se dictó una en la audiencia, aunque después se envíe por correo un memorando escrito de ella (Matter of Iskandarani, 29 I&amp;N Dec. 26 (BIA 2025)); para una decisión escrita, desde el envío por correo o la notificación electrónica.</translation>
    </message>
    <message>
        <source>Asylum application (I-589): one-year filing deadline</source>
        <translation>Solicitud de asilo (I-589): plazo de un año para presentarla</translation>
    </message>
    <message>
        <source>INA § 208(a)(2)(B), 8 U.S.C. § 1158(a)(2)(B); 8 CFR § 208.4(a)(2) (immigration court: 8 CFR § 1208.4(a)(2))</source>
        <translation>INA § 208(a)(2)(B), 8 U.S.C. § 1158(a)(2)(B); 8 CFR § 208.4(a)(2) (tribunal de inmigración: 8 CFR § 1208.4(a)(2))</translation>
    </message>
    <message>
        <source>8 CFR 208.4(a)(2)(ii): the period runs from the last arrival or 1 April 1997, whichever is later</source>
        <translation>8 CFR 208.4(a)(2)(ii): el plazo corre desde la última llegada o desde el 1 de abril de 1997, lo que sea posterior</translation>
    </message>
    <message>
        <source>8 CFR 208.4(a)(2)(ii) (the last day on a Saturday, Sunday or legal holiday runs to the end of the next day that is none of those)</source>
        <translation>8 CFR 208.4(a)(2)(ii) (el último día que cae en sábado, domingo o feriado legal se extiende hasta el final del siguiente día que no sea ninguno de ellos)</translation>
    </message>
    <message>
        <source>The application is filed when USCIS (or the immigration court) RECEIVES it; a mailing date counts only with clear and convincing documentary proof of mailing within the year (8 CFR 208.4(a)(2)(ii)). The arrival day is day 0, so the last day is the anniversary (Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009)). A late application may still be accepted for changed circumstances materially affecting eligibility (8 CFR 208.4(a)(4)) or extraordinary circumstances related to the delay (8 CFR 208.4(a)(5)), if filed within a reasonable period after them; the engine cannot judge either. The one-year bar does not apply to an unaccompanied alien child (INA § 208(a)(2)(E)). What counts as the &apos;last arrival&apos; (e.g. a return on advance parole) differs between circuits, and class-action settlements (Mendez Rojas v. Johnson, W.D. Wash.) may change the date for class members. Withholding of removal and CAT protection have no one-year bar.</source>
        <translation>La solicitud se considera presentada cuando USCIS (o el tribunal de inmigración) la RECIBE; la fecha de envío por correo solo cuenta con prueba documental clara y convincente de que se envió dentro del año (8 CFR 208.4(a)(2)(ii)). El día de llegada es el día 0, así que el último día es el aniversario (Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009)). Una solicitud tardía aún puede aceptarse por circunstancias cambiantes que afecten sustancialmente la elegibilidad (8 CFR 208.4(a)(4)) o por circunstancias extraordinarias relacionadas con el retraso (8 CFR 208.4(a)(5)), si se presenta dentro de un período razonable después de ellas; el cálculo no puede juzgar ninguna de las dos. El plazo de un año no se aplica a un menor extranjero no acompañado (INA § 208(a)(2)(E)). Qué cuenta como «última llegada» (p. ej., un regreso con permiso de viaje anticipado [advance parole]) varía entre circuitos, y los acuerdos de demandas colectivas (Mendez Rojas v. Johnson, W.D. Wash.) pueden cambiar la fecha para los miembros del grupo. La suspensión de la deportación (withholding of removal) y la protección de la CAT no tienen plazo de un año.</translation>
    </message>
    <message>
        <source>The client is recorded as an unaccompanied alien child: INA 208(a)(2)(E) makes the one-year bar inapplicable; the date is shown for reference only.</source>
        <translation>El cliente figura como menor extranjero no acompañado: INA 208(a)(2)(E) hace inaplicable el plazo de un año; la fecha se muestra solo como referencia.</translation>
    </message>
    <message>
        <source>Notice of Appeal to the BIA (EOIR-26) must be received</source>
        <translation>El Aviso de Apelación ante la BIA (EOIR-26) debe recibirse</translation>
    </message>
    <message>
        <source>8 CFR 1003.38(b) (if the final date falls on a Saturday, Sunday or legal holiday, the appeal time is extended to the next business day)</source>
        <translation>8 CFR 1003.38(b) (si la fecha final cae en sábado, domingo o feriado legal, el plazo de apelación se extiende al siguiente día hábil)</translation>
    </message>
    <message>
        <source>The Notice of Appeal is filed when the Board RECEIVES it (8 CFR 1003.38(c)); there is no mailbox rule, so allow for delivery time or file through ECAS. It must come with the fee or a fee-waiver request (EOIR-26A) and proof of service (8 CFR 1003.3(a)). No appeal lies if appeal was waived (8 CFR 1003.38(b)) or from an in absentia order (8 CFR 1240.15). The Board may take a late appeal by certification only in rare, exceptional circumstances; do not count on it. Ad hoc closures of the Board (weather, executive orders) are not known to the engine.</source>
        <translation>El Aviso de Apelación se considera presentado cuando la Junta lo RECIBE (8 CFR 1003.38(c)); no existe la regla del buzón, así que prevea el tiempo de entrega o preséntelo por ECAS. Debe ir acompañado del pago o de una solicitud de exención de tarifa (EOIR-26A) y de la constancia de notificación (8 CFR 1003.3(a)). No cabe apelación si se renunció a ella (8 CFR 1003.38(b)) ni contra una orden dictada en ausencia (8 CFR 1240.15). La Junta puede admitir una apelación tardía por certificación solo en circunstancias excepcionales y poco frecuentes; no cuente con ello. El cálculo no conoce los cierres extraordinarios de la Junta (por clima u órdenes ejecutivas).</translation>
    </message>
    <message>
        <source>Motion to reopen before the immigration judge</source>
        <translation>Moción de reapertura ante el juez de inmigración</translation>
    </message>
    <message>
        <source>The regulation runs the 90 days from the entry of a final administrative order. An immigration judge&apos;s order becomes final when appeal is waived or the appeal time expires (8 CFR 1241.1), which can be later than the decision; the engine counts from the decision, the earlier and therefore safe date. Exceptions the engine cannot judge: changed country conditions for asylum (INA 240(c)(7)(C)(ii)), in absentia orders (180 days for exceptional circumstances, any time for lack of notice, INA 240(b)(5)(C)), VAWA (INA 240(c)(7)(C)(iv)), joint motions, equitable tolling under circuit law, and the one-motion limit. If the case was appealed, file with the Board instead.</source>
        <translation>La norma cuenta los 90 días desde que se dicta una orden administrativa definitiva. La orden de un juez de inmigración es definitiva cuando se renuncia a la apelación o vence el plazo para apelar (8 CFR 1241.1), lo que puede ser después de la decisión; el cálculo cuenta desde la decisión, la fecha más temprana y por tanto segura. Excepciones que el cálculo no puede juzgar: cambio de las condiciones del país para el asilo (INA 240(c)(7)(C)(ii)), órdenes dictadas en ausencia (180 días por circunstancias excepcionales, en cualquier momento por falta de notificación, INA 240(b)(5)(C)), VAWA (INA 240(c)(7)(C)(iv)), mociones conjuntas, suspensión equitativa del plazo (equitable tolling) según la jurisprudencia del circuito y el límite de una sola moción. Si el caso se apeló, presente la moción ante la Junta.</translation>
    </message>
    <message>
        <source>Motion to reconsider before the immigration judge</source>
        <translation>Moción de reconsideración ante el juez de inmigración</translation>
    </message>
    <message>
        <source>Counted from the decision, the earlier and safe reading of &apos;entry of a final administrative order&apos; (see 8 CFR 1241.1). Only one motion to reconsider is allowed. A motion to reconsider does not extend the time to appeal to the Board.</source>
        <translation>Se cuenta desde la decisión, la lectura más temprana y segura de «se dicta una orden administrativa definitiva» (véase 8 CFR 1241.1). Solo se permite una moción de reconsideración. Una moción de reconsideración no amplía el plazo para apelar ante la Junta.</translation>
    </message>
    <message>
        <source>Motion to reopen before the BIA</source>
        <translation>Moción de reapertura ante la BIA</translation>
    </message>
    <message>
        <source>90 days after the date the final administrative decision was rendered. Exceptions the engine cannot judge: changed country conditions for asylum, VAWA, joint motions, equitable tolling under circuit law; one motion only (8 CFR 1003.2(c)(2)-(3)). Filing a motion does not stop the 30-day petition-for-review clock (Stone v. INS, 514 U.S. 386 (1995)).</source>
        <translation>90 días desde la fecha en que se dictó la decisión administrativa definitiva. Excepciones que el cálculo no puede juzgar: cambio de las condiciones del país para el asilo, VAWA, mociones conjuntas, suspensión equitativa del plazo (equitable tolling) según la jurisprudencia del circuito; una sola moción (8 CFR 1003.2(c)(2)-(3)). Presentar una moción no detiene el plazo de 30 días para la petición de revisión (Stone v. INS, 514 U.S. 386 (1995)).</translation>
    </message>
    <message>
        <source>Motion to reconsider before the BIA</source>
        <translation>Moción de reconsideración ante la BIA</translation>
    </message>
    <message>
        <source>The regulation runs the 30 days from the MAILING of the Board&apos;s decision; the engine counts from the order date, which is the same or earlier (safe). One motion only. It does not extend the time for a petition for review (Stone v. INS).</source>
        <translation>La norma cuenta los 30 días desde el ENVÍO POR CORREO de la decisión de la Junta; el cálculo cuenta desde la fecha de la orden, que es la misma o anterior (segura). Una sola moción. No amplía el plazo para la petición de revisión (Stone v. INS).</translation>
    </message>
    <message>
        <source>Petition for review in the court of appeals</source>
        <translation>Petición de revisión ante el tribunal de apelaciones</translation>
    </message>
    <message>
        <source>INA § 242(b)(1), 8 U.S.C. § 1252(b)(1); computed under Fed. R. App. P. 26(a); filed under Fed. R. App. P. 15(a)</source>
        <translation>INA § 242(b)(1), 8 U.S.C. § 1252(b)(1); se calcula según Fed. R. App. P. 26(a); se presenta según Fed. R. App. P. 15(a)</translation>
    </message>
    <message>
        <source>Fed. R. App. P. 26(a)(1)(C) (a last day on a Saturday, Sunday or legal holiday runs until the end of the next day that is none of those)</source>
        <translation>Fed. R. App. P. 26(a)(1)(C) (un último día que cae en sábado, domingo o feriado legal se extiende hasta el final del siguiente día que no sea ninguno de ellos)</translation>
    </message>
    <message>
        <source>&apos;Not later than 30 days after the date of the final order of removal&apos;: the court of appeals must RECEIVE the petition. The count follows FRAP 26(a), whose &apos;legal holiday&apos; also includes days declared holidays by the President or Congress and, for periods measured after an event, state holidays where the circuit clerk&apos;s office is (FRAP 26(a)(6)); the engine knows only federal holidays. A motion to reopen or reconsider does not toll the period (Stone v. INS, 514 U.S. 386 (1995)). The Supreme Court holds the deadline a mandatory claim-processing rule, not jurisdictional (Riley v. Bondi, 606 U.S. ___ (2025)), but the government can still enforce it: treat it as strict. Riley also holds that in withholding-only cases (reinstated or administrative removal orders) the 30 days run from the removal order itself, NOT from the BIA&apos;s later decision: this rule&apos;s date is wrong for those cases. A petition does not stay removal; a stay must be requested separately.</source>
        <translation>«A más tardar 30 días después de la fecha de la orden definitiva de deportación»: el tribunal de apelaciones debe RECIBIR la petición. El cómputo sigue la FRAP 26(a), cuyo «feriado legal» incluye además los días declarados feriados por el Presidente o el Congreso y, para plazos que se cuentan después de un hecho, los feriados estatales del lugar donde está la secretaría del circuito (FRAP 26(a)(6)); el cálculo solo conoce los feriados federales. Una moción de reapertura o de reconsideración no suspende el plazo (Stone v. INS, 514 U.S. 386 (1995)). La Corte Suprema considera el plazo una norma obligatoria de tramitación de reclamaciones, no jurisdiccional (Riley v. Bondi, 606 U.S. ___ (2025)), pero el gobierno puede exigir que se cumpla: trátelo como estricto. Riley también sostiene que en los casos limitados a la suspensión de la deportación (withholding-only; órdenes de deportación restablecidas o administrativas) los 30 días corren desde la propia orden de deportación, NO desde la decisión posterior de la BIA: la fecha de esta regla es incorrecta para esos casos. Una petición no suspende la deportación; la suspensión debe pedirse por separado.</translation>
    </message>
    <message>
        <source>Unless the immigration judge sets another date, which then controls. The manual&apos;s filing deadlines do not apply to exhibits or witnesses offered solely to rebut or impeach. Filings are timely when the court RECEIVES them (no mailbox rule). Responses to the other side&apos;s filings are due 10 days after that filing is received.</source>
        <translation>Salvo que el juez de inmigración fije otra fecha, que entonces prevalece. Los plazos de presentación del manual no se aplican a los anexos ni a los testigos que se ofrecen solo para refutar o impugnar. Las presentaciones son oportunas cuando el tribunal las RECIBE (no existe la regla del buzón). Las respuestas a las presentaciones de la otra parte vencen 10 días después de recibida esa presentación.</translation>
    </message>
    <message>
        <source>Pre-hearing filings due (non-detained individual hearing)</source>
        <translation>Vencen las presentaciones previas a la audiencia (audiencia individual, caso no detenido)</translation>
    </message>
    <message>
        <source>EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(2) and 3.1(c) (computation of time); EOIR Appendix C (deadlines)</source>
        <translation>Manual de Políticas de la EOIR, Parte II (Manual de Práctica de los Tribunales de Inmigración), cap. 3.1(b)(2) y 3.1(c) (cómputo de plazos); Apéndice C de la EOIR (plazos)</translation>
    </message>
    <message>
        <source>The default lead time has changed repeatedly: 15 days (2008-2020), 30 days (Dec. 2020 Policy Manual), 15 days again (ICPM 3.1(b)(2), 2021-2025, DM 22-04), and 30 days after EOIR cancelled DM 22-04 in February 2025 (the current EOIR Policy Manual Appendix C lists 30 days). The engine uses the lead time in its settings (30 by default, the longer and safe figure); filing 30 days ahead also satisfies a 15-day rule, but not the reverse. Check the manual in force and any scheduling order.</source>
        <translation>La antelación predeterminada ha cambiado varias veces: 15 días (2008-2020), 30 días (Manual de Políticas de dic. de 2020), de nuevo 15 días (ICPM 3.1(b)(2), 2021-2025, DM 22-04) y 30 días después de que la EOIR anulara el DM 22-04 en febrero de 2025 (el Apéndice C vigente del Manual de Políticas de la EOIR indica 30 días). El cálculo usa la antelación de su configuración (30 por defecto, la cifra más larga y segura); presentar con 30 días de antelación cumple también una regla de 15 días, pero no al revés. Consulte el manual vigente y cualquier orden de calendario.</translation>
    </message>
    <message>
        <source>Filings due if a ruling is wanted at the master calendar hearing (non-detained)</source>
        <translation>Vencen las presentaciones si se quiere una resolución en la audiencia preliminar (master calendar) (caso no detenido)</translation>
    </message>
    <message>
        <source>EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(1) and 3.1(c) (computation of time)</source>
        <translation>Manual de Políticas de la EOIR, Parte II (Manual de Práctica de los Tribunales de Inmigración), cap. 3.1(b)(1) y 3.1(c) (cómputo de plazos)</translation>
    </message>
    <message>
        <source>This deadline matters only for a filing on which a ruling is requested at or before the master calendar hearing; other filings may be made in advance or in open court.</source>
        <translation>Este plazo solo importa para una presentación sobre la que se pide una resolución en la audiencia preliminar (master calendar) o antes; las demás presentaciones pueden hacerse por adelantado o en la audiencia.</translation>
    </message>
    <message>
        <source>Pre-hearing filings due (detained case): as the immigration court sets</source>
        <translation>Vencen las presentaciones previas a la audiencia (caso de detenido): según fije el tribunal de inmigración</translation>
    </message>
    <message>
        <source>EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(1)(B) and 3.1(b)(2)(B): detained filing deadlines are set by the immigration court</source>
        <translation>Manual de Políticas de la EOIR, Parte II (Manual de Práctica de los Tribunales de Inmigración), cap. 3.1(b)(1)(B) y 3.1(b)(2)(B): los plazos de presentación para detenidos los fija el tribunal de inmigración</translation>
    </message>
    <message>
        <source>For detained cases the manual sets no default: filing deadlines are as the immigration court (judge) specifies. Record the date the judge set on the hearing and the engine will track it; until then there is no computed date.</source>
        <translation>Para los casos de detenidos el manual no fija una fecha predeterminada: los plazos de presentación son los que indique el tribunal de inmigración (el juez). Registre en la audiencia la fecha que fijó el juez y el cálculo la seguirá; hasta entonces no hay fecha calculada.</translation>
    </message>
    <message>
        <source>Detained dockets move fast and judges often set deadlines orally at the master calendar hearing; ask for the date on the record. The engine computes nothing it was not given.</source>
        <translation>Los casos de detenidos avanzan rápido y los jueces suelen fijar los plazos de forma oral en la audiencia preliminar (master calendar); pida que la fecha conste en el acta. El cálculo no calcula nada que no se le haya dado.</translation>
    </message>
    <message>
        <source>Filings due before a detained master calendar hearing: as the court sets</source>
        <translation>Vencen las presentaciones antes de una audiencia preliminar (master calendar) de un detenido: según fije el tribunal</translation>
    </message>
    <message>
        <source>Use the date printed on the notice: the response must be RECEIVED by USCIS by then (8 CFR 103.2(b)(8)(iv), 103.2(a)(7)). By regulation an RFE allows at most 12 weeks and a NOID at most 30 days; the printed date normally already includes the 3 days added for a mailed notice (8 CFR 103.8(b)). Submit everything at once: a partial response is treated as a request for a decision on the record (8 CFR 103.2(b)(11)), and no response leads to denial as abandoned or on the record (8 CFR 103.2(b)(13)). USCIS does not extend the time (8 CFR 103.2(b)(8)(iv)). A date on a weekend or holiday is not moved by the engine: respond before it.</source>
        <translation>Use la fecha impresa en el aviso: USCIS debe RECIBIR la respuesta a más tardar ese día (8 CFR 103.2(b)(8)(iv), 103.2(a)(7)). Por reglamento, una RFE concede como máximo 12 semanas y un NOID como máximo 30 días; la fecha impresa normalmente ya incluye los 3 días que se añaden por un aviso enviado por correo (8 CFR 103.8(b)). Envíe todo a la vez: una respuesta parcial se trata como una petición de que se decida con lo que consta en el expediente (8 CFR 103.2(b)(11)), y la falta de respuesta lleva a la denegación por abandono o con lo que consta en el expediente (8 CFR 103.2(b)(13)). USCIS no amplía el plazo (8 CFR 103.2(b)(8)(iv)). El cálculo no mueve una fecha que cae en fin de semana o feriado: responda antes.</translation>
    </message>
    <message>
        <source>Response to USCIS Request for Evidence due</source>
        <translation>Vence la respuesta a la Solicitud de Pruebas (RFE) de USCIS</translation>
    </message>
    <message>
        <source>response due date printed on the Request for Evidence</source>
        <translation>fecha límite de respuesta impresa en la Solicitud de Pruebas (RFE)</translation>
    </message>
    <message>
        <source>Response to USCIS Notice of Intent to Deny due</source>
        <translation>Vence la respuesta al Aviso de Intención de Denegar (NOID) de USCIS</translation>
    </message>
    <message>
        <source>response due date printed on the Notice of Intent to Deny</source>
        <translation>fecha límite de respuesta impresa en el Aviso de Intención de Denegar (NOID)</translation>
    </message>
    <message>
        <source>Biometrics appointment (Application Support Center)</source>
        <translation>Cita de datos biométricos (Centro de Asistencia para Solicitudes)</translation>
    </message>
    <message>
        <source>appointment date on the biometrics notice (ASC appointment notice)</source>
        <translation>fecha de la cita que figura en el aviso de datos biométricos (aviso de cita del ASC)</translation>
    </message>
    <message>
        <source>Rescheduling must be requested before the appointment and for good cause (8 CFR 103.2(b)(9)). Missing it without rescheduling can lead to denial as abandoned (8 CFR 103.2(b)(13)(ii)); for an asylum application in court, failing to comply with biometrics requirements can be treated as abandonment (8 CFR 1003.47(c)-(d)), and it stops the asylum EAD clock (8 CFR 208.7(a)(2)). Bring the notice and photo ID.</source>
        <translation>La reprogramación debe pedirse antes de la cita y por causa justificada (8 CFR 103.2(b)(9)). Faltar sin reprogramar puede llevar a la denegación por abandono (8 CFR 103.2(b)(13)(ii)); en una solicitud de asilo ante el tribunal, no cumplir los requisitos de datos biométricos puede tratarse como abandono (8 CFR 1003.47(c)-(d)) y detiene el reloj del permiso de trabajo (EAD) por asilo (8 CFR 208.7(a)(2)). Lleve el aviso y una identificación con foto.</translation>
    </message>
    <message>
        <source>SIJS: I-360 must be filed before the 21st birthday (age-out)</source>
        <translation>SIJS: el I-360 debe presentarse antes de cumplir 21 años (límite de edad)</translation>
    </message>
    <message>
        <source>INA § 101(a)(27)(J), 8 U.S.C. § 1101(a)(27)(J); 8 CFR § 204.11(b)(1) (under 21 at filing); TVPRA 2008 § 235(d)(6), 8 U.S.C. § 1232(d)(6) (age-out protection)</source>
        <translation>INA § 101(a)(27)(J), 8 U.S.C. § 1101(a)(27)(J); 8 CFR § 204.11(b)(1) (menor de 21 años al presentar); TVPRA 2008 § 235(d)(6), 8 U.S.C. § 1232(d)(6) (protección frente al límite de edad)</translation>
    </message>
    <message>
        <source>21st birthday</source>
        <translation>cumpleaños número 21</translation>
    </message>
    <message>
        <source>Age is a fact, not a filing period, so no rule extends this date; paper filings are receipted only on business days, so the engine moves a closed day to the preceding business day.</source>
        <translation>La edad es un hecho, no un plazo de presentación, así que ninguna norma prorroga esta fecha; las presentaciones en papel solo se registran en días hábiles, por lo que el cálculo mueve un día de cierre al día hábil anterior.</translation>
    </message>
    <message>
        <source>The petitioner must be under 21 when USCIS RECEIVES the I-360 (8 CFR 204.11(b)(1)). Once it is filed before the 21st birthday, USCIS may not deny SIJ classification because of age (TVPRA 2008 § 235(d)(6)). The juvenile-court order with the SIJ findings must already exist when the I-360 is filed (8 CFR 204.11(c)-(d)), and many state courts lose jurisdiction over the youth at 18 (some at 19 to 21): in practice the state-court deadline can be years earlier than this one, and the engine does not know the state&apos;s age limit. Reminders are counted back from the 21st birthday.</source>
        <translation>El peticionario debe ser menor de 21 años cuando USCIS RECIBE el I-360 (8 CFR 204.11(b)(1)). Una vez presentado antes de cumplir 21 años, USCIS no puede denegar la clasificación SIJ por la edad (TVPRA 2008 § 235(d)(6)). La orden del tribunal de menores con las determinaciones SIJ debe existir ya cuando se presenta el I-360 (8 CFR 204.11(c)-(d)), y muchos tribunales estatales pierden la competencia sobre el joven a los 18 años (algunos entre los 19 y los 21): en la práctica el plazo del tribunal estatal puede vencer años antes que este, y el cálculo no conoce la edad límite del estado. Los recordatorios se cuentan hacia atrás desde el cumpleaños número 21.</translation>
    </message>
    <message>
        <source>No juvenile-court order with the SIJ findings is recorded yet. The I-360 cannot be filed without it (8 CFR 204.11(c)-(d)), and the state court may lose jurisdiction long before the 21st birthday: get the order first.</source>
        <translation>Todavía no consta ninguna orden del tribunal de menores con las determinaciones SIJ. El I-360 no puede presentarse sin ella (8 CFR 204.11(c)-(d)), y el tribunal estatal puede perder la competencia mucho antes del cumpleaños número 21: obtenga primero la orden.</translation>
    </message>
    <message>
        <source>U visa: file I-918 while the Supplement B certification is less than 6 months old</source>
        <translation>Visa U: presente el I-918 mientras la certificación del Suplemento B tenga menos de 6 meses</translation>
    </message>
    <message>
        <source>no rule extends this period; a closed day is moved to the preceding business day out of caution</source>
        <translation>ninguna norma prorroga este plazo; por precaución, un día de cierre se mueve al día hábil anterior</translation>
    </message>
    <message>
        <source>The regulation requires a Supplement B &apos;signed by a certifying official within the six months immediately preceding the filing of Form I-918&apos;. Whether the 6-month anniversary itself is still inside that window is not settled in the sources checked, so the engine&apos;s last day is the day before it. If the window is missed the I-918 is not barred: obtain a new, freshly signed certification.</source>
        <translation>El reglamento exige un Suplemento B «firmado por un funcionario certificador dentro de los seis meses inmediatamente anteriores a la presentación del Formulario I-918». Las fuentes consultadas no aclaran si el propio aniversario de 6 meses está aún dentro de ese período, así que el último día del cálculo es el día anterior. Si se pasa el plazo, el I-918 no queda excluido: obtenga una certificación nueva, recién firmada.</translation>
    </message>
    <message>
        <source>The clock starts when a COMPLETE application is filed (8 CFR 208.3(c)(3): an application not returned as incomplete within 30 days is deemed complete). Delay requested or caused by the applicant (rescheduling the interview, asking for a continuance, missing biometrics) does not count and stops the clock (8 CFR 208.7(a)(2)); the engine counts plain calendar days and cannot see stops: check the USCIS or EOIR asylum clock. History: the June 2020 DHS rules (85 FR 38532, 85 FR 37502) lengthened the wait to 365 days and added bars; CASA de Maryland v. Wolf (D. Md. 2020) enjoined them for members of CASA and ASAP, and Asylumworks v. Mayorkas (D.D.C. Feb. 7, 2022) vacated both rules; DHS restored the earlier regulatory text in a 2022 final rule effective Feb. 7, 2022, so the 150/180-day periods apply. Fees and later changes may apply: check current USCIS guidance.</source>
        <translation>El reloj empieza cuando se presenta una solicitud COMPLETA (8 CFR 208.3(c)(3): una solicitud que no se devuelve por incompleta en 30 días se considera completa). Las demoras pedidas o causadas por el solicitante (reprogramar la entrevista, pedir un aplazamiento, faltar a la cita de datos biométricos) no cuentan y detienen el reloj (8 CFR 208.7(a)(2)); el cálculo cuenta días naturales sin más y no puede ver las paradas: consulte el reloj de asilo de USCIS o de la EOIR. Antecedentes: las normas del DHS de junio de 2020 (85 FR 38532, 85 FR 37502) alargaron la espera a 365 días y añadieron impedimentos; CASA de Maryland v. Wolf (D. Md. 2020) las suspendió para los miembros de CASA y ASAP, y Asylumworks v. Mayorkas (D.D.C. 7 de feb. de 2022) anuló ambas normas; el DHS restableció el texto reglamentario anterior en una norma definitiva de 2022 vigente desde el 7 de feb. de 2022, así que se aplican los plazos de 150/180 días. Pueden aplicarse tarifas y cambios posteriores: consulte la orientación vigente de USCIS.</translation>
    </message>
    <message>
        <source>Asylum EAD (I-765, category (c)(8)): earliest filing date</source>
        <translation>Permiso de trabajo (EAD) por asilo (I-765, categoría (c)(8)): primera fecha para presentarlo</translation>
    </message>
    <message>
        <source>The I-765 may be filed no earlier than 150 days after the complete application; one filed earlier is denied.</source>
        <translation>El I-765 puede presentarse como muy pronto 150 días después de la solicitud completa; uno presentado antes se deniega.</translation>
    </message>
    <message>
        <source>Asylum EAD: earliest date it may be granted (180-day clock)</source>
        <translation>Permiso de trabajo (EAD) por asilo: primera fecha en que puede concederse (reloj de 180 días)</translation>
    </message>
    <message>
        <source>By statute no asylum-based employment authorization may be granted before 180 days after the application is filed, counted on the asylum EAD clock.</source>
        <translation>Por ley, no puede concederse ninguna autorización de empleo basada en el asilo antes de 180 días después de presentada la solicitud, contados en el reloj del permiso de trabajo por asilo.</translation>
    </message>
    <message>
        <source>Asylee may apply to adjust status (I-485): one year after the grant</source>
        <translation>El asilado puede solicitar el ajuste de estatus (I-485): un año después de la concesión</translation>
    </message>
    <message>
        <source>The asylee must have been physically present in the United States for at least one year after the grant; time abroad may push the date later, and the engine does not know about trips. The grant date is the date on the USCIS approval or the judge&apos;s / Board&apos;s order. The asylee must still be a refugee and admissible or have a waiver (INA 209(b)-(c)). For a grant on 29 February the engine uses 1 March as the first eligible day (the later, safe reading for a first day).</source>
        <translation>El asilado debe haber estado físicamente presente en los Estados Unidos al menos un año después de la concesión; el tiempo en el extranjero puede retrasar la fecha, y el cálculo no conoce los viajes. La fecha de concesión es la que figura en la aprobación de USCIS o en la orden del juez o de la Junta. El asilado debe seguir siendo refugiado y ser admisible o tener una dispensa (INA 209(b)-(c)). Para una concesión el 29 de febrero, el cálculo usa el 1 de marzo como primer día de elegibilidad (la lectura más tardía y segura para un primer día).</translation>
    </message>
    <message>
        <source>Asylee&apos;s relative petition (I-730) for a spouse or child: two years after the grant</source>
        <translation>Petición de familiar de asilado (I-730) para el cónyuge o un hijo: dos años después de la concesión</translation>
    </message>
    <message>
        <source>One Form I-730 is filed for each spouse or unmarried child, each within two years of the date the petitioner was granted asylum (8 CFR 208.21(d)); the date is the day the asylum office approved or the judge or the Board granted asylum, and the petition counts as filed when USCIS receives it. Humanitarian exception: USCIS may extend the two-year period for humanitarian reasons; a late petition answers Part 3 &apos;Yes&apos;, explains the delay and attaches evidence, and the extension is discretionary, never assured. The relationship must have existed on the day asylum was granted (a spouse married before the grant; a child born or conceived before it), and the child must be unmarried and under 21 as the law measures it (the Child Status Protection Act may fix the age on the date the asylum application was filed); the engine checks none of that. A refugee counts the two years from admission to the United States as a refugee (8 CFR 207.7(d)); the engine knows only the asylum grant date, so a refugee&apos;s date must be entered by hand.</source>
        <translation>Se presenta un Formulario I-730 por cada cónyuge o hijo soltero, cada uno dentro de los dos años siguientes a la fecha en que se concedió el asilo al peticionario (8 CFR 208.21(d)); la fecha es el día en que la oficina de asilo lo aprobó o el juez o la Junta concedió el asilo, y la petición se considera presentada cuando USCIS la recibe. Excepción humanitaria: USCIS puede prorrogar el plazo de dos años por razones humanitarias; una petición tardía responde «Yes» en la Parte 3, explica la demora y adjunta pruebas, y la prórroga es discrecional, nunca segura. La relación debía existir el día en que se concedió el asilo (un cónyuge casado antes de la concesión; un hijo nacido o concebido antes de ella), y el hijo debe ser soltero y menor de 21 años según la ley lo mide (la Ley de Protección del Estatus del Menor puede fijar la edad en la fecha de presentación de la solicitud de asilo); el motor no comprueba nada de eso. Un refugiado cuenta los dos años desde su admisión en Estados Unidos como refugiado (8 CFR 207.7(d)); el motor solo conoce la fecha de concesión del asilo, así que la fecha de un refugiado debe introducirse a mano.</translation>
    </message>
    <message>
        <source>Annual Asylum Fee ($100) becomes due: first anniversary of the I-589 filing</source>
        <translation>Vence la Tarifa Anual de Asilo ($100): primer aniversario de la presentación del I-589</translation>
    </message>
    <message>
        <source>Pub. L. 119-21 (H.R. 1, 2025); USCIS notice of H.R. 1 fees, 90 FR 34511 (July 22, 2025)</source>
        <translation>Pub. L. 119-21 (H.R. 1, 2025); aviso de USCIS sobre las tarifas de la H.R. 1, 90 FR 34511 (22 de julio de 2025)</translation>
    </message>
    <message>
        <source>A $100 Annual Asylum Fee is owed for each calendar year an asylum application stays pending, with USCIS or the immigration court; the first comes due around the first anniversary of the filing, and later ones on each anniversary while the application is pending (only the first is computed here). The fee cannot be waived. USCIS or the court sends a notice with the date to pay: enter it as a notice event with its due date so that date is tracked, because an unpaid fee can lead to the application being rejected or dismissed. Applications pending when the law took effect, or filed before October 1, 2024, follow different timing. The fee has been litigated (ASAP v. USCIS, D. Md.): collection was stayed on October 30, 2025 and the stay was lifted on February 2, 2026. The engine cannot know the current state of that case, nor whether a decision ended the application before the anniversary.</source>
        <translation>Se debe una Tarifa Anual de Asilo de $100 por cada año calendario en que una solicitud de asilo siga pendiente, ante USCIS o ante el tribunal de inmigración; la primera vence alrededor del primer aniversario de la presentación, y las siguientes en cada aniversario mientras la solicitud siga pendiente (aquí solo se calcula la primera). La tarifa no admite exención. USCIS o el tribunal envían un aviso con la fecha de pago: regístrelo como evento de aviso con su fecha límite para que esa fecha quede controlada, porque una tarifa impaga puede llevar al rechazo o al archivo de la solicitud. Las solicitudes pendientes cuando entró en vigor la ley, o presentadas antes del 1 de octubre de 2024, siguen otros plazos. La tarifa ha sido impugnada (ASAP v. USCIS, D. Md.): el cobro se suspendió el 30 de octubre de 2025 y la suspensión se levantó el 2 de febrero de 2026. El motor no puede saber en qué estado está ese caso, ni si una decisión puso fin a la solicitud antes del aniversario.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>The file {name} could not be read ({problem}). Nothing was added.</source>
        <translation>No se pudo leer el archivo {name} ({problem}). No se añadió nada.</translation>
    </message>
    <message>
        <source>This document has no stored file.</source>
        <translation>Este documento no tiene ningún archivo guardado.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no matter with id {id}.</source>
        <translation>No existe ningún caso con el id {id}.</translation>
    </message>
    <message>
        <source>There is no deadline with id {id}.</source>
        <translation>No existe ningún plazo con el id {id}.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not unlocked and nothing was changed.</source>
        <translation>Frase de contraseña incorrecta: la bóveda no se desbloqueó y no se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery key does not unlock this vault: check it for typos. Nothing was changed.</source>
        <translation>Esa clave de recuperación no desbloquea esta bóveda: compruebe que no tenga errores. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: {detail}</source>
        <translation>El archivo {path} está dañado: {detail}</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it first.</source>
        <translation>La bóveda está bloqueada: desbloquéela primero.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The input</source>
        <translation>La información introducida</translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n problem(s):</source>
        <translation>
            <numerusform>{what} tiene %n problema:</numerusform>
            <numerusform>{what} tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>This matter no longer exists (it may have been deleted). Nothing was changed.</source>
        <translation>Este caso ya no existe (es posible que se haya eliminado). No se cambió nada.</translation>
    </message>
    <message>
        <source>This deadline no longer exists.</source>
        <translation>Este plazo ya no existe.</translation>
    </message>
</context>
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
    <message>
        <source>Enter the time as hours, for example 1.5 or 1:30.</source>
        <translation>Escriba el tiempo en horas, por ejemplo 1.5 o 1:30.</translation>
    </message>
    <message>
        <source>The time must be more than 0 and at most 24 hours.</source>
        <translation>El tiempo debe ser mayor que 0 y de 24 horas como máximo.</translation>
    </message>
    <message>
        <source>An A-number has 7 to 9 digits, for example A012345678.</source>
        <translation>Un número A tiene de 7 a 9 dígitos, por ejemplo A012345678.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.org.</source>
        <translation>Escriba una dirección de correo electrónico como nombre@ejemplo.org.</translation>
    </message>
    <message>
        <source>Enter a phone number with 7 to 15 digits, for example (312) 555-0100.</source>
        <translation>Escriba un número de teléfono de 7 a 15 dígitos, por ejemplo (312) 555-0100.</translation>
    </message>
    <message>
        <source>A Social Security number has 9 digits.</source>
        <translation>Un número de Seguro Social tiene 9 dígitos.</translation>
    </message>
    <message>
        <source>A ZIP code has 5 digits (or 5+4, like 60604-1234).</source>
        <translation>Un código postal (ZIP) tiene 5 dígitos (o 5+4, como 60604-1234).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento es posterior a hoy.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s family name (as on their documents).</source>
        <translation>Escriba los apellidos del cliente (como figuran en sus documentos).</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Escriba los apellidos.</translation>
    </message>
    <message>
        <source>Choose how this person is related to the client.</source>
        <translation>Elija qué relación tiene esta persona con el cliente.</translation>
    </message>
    <message>
        <source>Choose what kind of address this is.</source>
        <translation>Elija qué tipo de dirección es.</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>Elija el tipo de documento.</translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Elija el tipo de evento.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Póngale un título al evento.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Póngale un título al documento.</translation>
    </message>
    <message>
        <source>Enter the date of the work.</source>
        <translation>Escriba la fecha del trabajo.</translation>
    </message>
    <message>
        <source>Enter the time spent.</source>
        <translation>Escriba el tiempo dedicado.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Póngale un título a la tarea.</translation>
    </message>
    <message>
        <source>Give the deadline a title.</source>
        <translation>Póngale un título al plazo.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Escriba la fecha límite.</translation>
    </message>
    <message>
        <source>Choose the kind of matter.</source>
        <translation>Elija el tipo de caso.</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role.</source>
        <translation>Elija la función del contacto.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Escriba el nombre del contacto.</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Escriba el nombre de la escuela.</translation>
    </message>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation>Escriba el nombre del empleador.</translation>
    </message>
    <message>
        <source>The matter number is too long (at most 40 characters).</source>
        <translation>El número de caso es demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The new matter</source>
        <translation>El nuevo caso</translation>
    </message>
    <message>
        <source>{field} cannot be edited</source>
        <translation>{field} no se puede modificar</translation>
    </message>
    <message>
        <source>This is too long (at most {count} characters).</source>
        <translation>Es demasiado largo ({count} caracteres como máximo).</translation>
    </message>
    <message>
        <source>This date is before the start date.</source>
        <translation>Esta fecha es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>this kind of record cannot be edited here</source>
        <translation>este tipo de registro no se puede modificar aquí</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>La modificación</translation>
    </message>
    <message>
        <source>A saved note cannot be changed; add a new note instead.</source>
        <translation>Una nota guardada no se puede modificar; añada una nota nueva.</translation>
    </message>
    <message>
        <source>What you edited was deleted meanwhile; nothing was saved.</source>
        <translation>Lo que modificó se eliminó mientras tanto; no se guardó nada.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it (for example by a sync). Reload the matter and make your change again; nothing was saved.</source>
        <translation>Este registro se modificó en otro lugar después de que lo abriera (por ejemplo, en una sincronización). Vuelva a cargar el caso y haga el cambio de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>A computed deadline&apos;s date is changed with “Override”, which keeps the reason; nothing was saved.</source>
        <translation>La fecha de un plazo calculado se cambia con «Sustituir», que conserva el motivo; no se guardó nada.</translation>
    </message>
    <message>
        <source>this kind of record cannot be deleted here</source>
        <translation>este tipo de registro no se puede eliminar aquí</translation>
    </message>
    <message>
        <source>The deletion</source>
        <translation>La eliminación</translation>
    </message>
    <message>
        <source>A computed deadline goes away when the facts change; it cannot be deleted. Mark it done, or override its date with a reason.</source>
        <translation>Un plazo calculado desaparece cuando cambian los hechos; no se puede eliminar. Márquelo como cumplido o sustituya su fecha indicando un motivo.</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>cambiar {field}</translation>
    </message>
    <message>
        <source>Needed by {forms}</source>
        <translation>Lo exige {forms}</translation>
    </message>
    <message>
        <source>e.g. 1.5 or 1:30</source>
        <translation>p. ej., 1.5 o 1:30</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{name} could not be replaced: another program keeps it open or the folder does not allow the change (a PDF viewer, an antivirus or a sync app such as OneDrive). Close it and try again; nothing was lost.</source>
        <translation>No se pudo reemplazar {name}: otro programa lo tiene abierto o la carpeta no permite el cambio (un visor de PDF, un antivirus o una aplicación de sincronización como OneDrive). Ciérrelo y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>Other accounts on this computer may be able to read {name} (its access rights could not be limited to you: {problem}). Its contents are encrypted where they belong to the vault; keep exports in a private folder.</source>
        <translation>Otras cuentas de este equipo podrían leer {name} (no se pudieron limitar sus permisos a usted: {problem}). Su contenido está cifrado si pertenece a la bóveda; guarde las exportaciones en una carpeta privada.</translation>
    </message>
    <message>
        <source>the file system ignores permissions</source>
        <translation>el sistema de archivos ignora los permisos</translation>
    </message>
    <message>
        <source>the account&apos;s security identifier is unknown</source>
        <translation>se desconoce el identificador de seguridad de la cuenta</translation>
    </message>
    <message>
        <source>icacls exited with status {status}</source>
        <translation>icacls terminó con el estado {status}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>This PDF reads as {label}, but it is not the official file from uscis.gov: its bytes differ (it was changed or re-saved, for example by a PDF viewer or &apos;qpdf --decrypt&apos;). Download the blank again from uscis.gov and add that file. To use this copy anyway, add it as not official (&apos;workbench forms add-blank --not-official FILE.pdf&apos;): every form filled from it then carries a warning.</source>
        <translation>Este PDF se lee como {label}, pero no es el archivo oficial de uscis.gov: sus bytes difieren (fue modificado o guardado de nuevo, por ejemplo con un visor de PDF o &apos;qpdf --decrypt&apos;). Descargue de nuevo el formulario en blanco de uscis.gov y agregue ese archivo. Para usar esta copia de todos modos, agréguela como no oficial (&apos;workbench forms add-blank --not-official FILE.pdf&apos;): cada formulario llenado a partir de ella llevará entonces una advertencia.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The official blank of {form} has not been added yet. Download it from uscis.gov and add it (&apos;workbench forms add-blank FILE.pdf&apos;). Known editions: {known}.</source>
        <translation>Aún no se ha añadido el formulario oficial en blanco del {form}. Descárguelo de uscis.gov y añádalo (&apos;workbench forms add-blank FILE.pdf&apos;). Ediciones conocidas: {known}.</translation>
    </message>
    <message>
        <source>Part {part}, Item {item}</source>
        <translation>Parte {part}, pregunta {item}</translation>
    </message>
    <message>
        <source>Part {part}</source>
        <translation>Parte {part}</translation>
    </message>
    <message>
        <source>Item {item}</source>
        <translation>Pregunta {item}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>an A-number has 9 digits</source>
        <translation>un número A tiene 9 dígitos</translation>
    </message>
    <message>
        <source>dates are written mm/dd/yyyy</source>
        <translation>las fechas se escriben mm/dd/aaaa</translation>
    </message>
    <message>
        <source>a US phone number has 10 digits</source>
        <translation>un número de teléfono de EE. UU. tiene 10 dígitos</translation>
    </message>
    <message>
        <source>an area code has 3 digits</source>
        <translation>un código de área tiene 3 dígitos</translation>
    </message>
    <message>
        <source>a ZIP code has 5 digits</source>
        <translation>un código postal (ZIP) tiene 5 dígitos</translation>
    </message>
    <message>
        <source>a Social Security number has 9 digits</source>
        <translation>un número de Seguro Social tiene 9 dígitos</translation>
    </message>
    <message>
        <source>No answer: {question}</source>
        <translation>Sin respuesta: {question}</translation>
    </message>
    <message>
        <source>Wrong format ({why}): {question}</source>
        <translation>Formato incorrecto ({why}): {question}</translation>
    </message>
    <message>
        <source>Not a real date: {question}</source>
        <translation>No es una fecha real: {question}</translation>
    </message>
    <message>
        <source>Answered, but this item does not apply here, so the answer is not on the form: {question}</source>
        <translation>Hay una respuesta, pero esta pregunta no corresponde aquí, así que la respuesta no está en el formulario: {question}</translation>
    </message>
    <message>
        <source>Answered &quot;{text}&quot; (no answer; the instructions allow it): {question}</source>
        <translation>Se respondió &quot;{text}&quot; (sin respuesta; las instrucciones lo permiten): {question}</translation>
    </message>
    <message>
        <source>Child {number} ({name}) is born on or before the client.</source>
        <translation>El hijo {number} ({name}) nació el mismo día que el cliente o antes.</translation>
    </message>
    <message>
        <source>Entry {number} to the US is dated after today ({date}).</source>
        <translation>La entrada {number} a EE. UU. tiene una fecha posterior a hoy ({date}).</translation>
    </message>
    <message>
        <source>Entry {number} to the US is dated before the client&apos;s birth.</source>
        <translation>La entrada {number} a EE. UU. tiene una fecha anterior al nacimiento del cliente.</translation>
    </message>
    <message>
        <source>The marriage date is before the client&apos;s birth.</source>
        <translation>La fecha de matrimonio es anterior al nacimiento del cliente.</translation>
    </message>
    <message>
        <source>The asylum application is dated before the last arrival: check both dates.</source>
        <translation>La solicitud de asilo tiene una fecha anterior a la última llegada: revise ambas fechas.</translation>
    </message>
    <message>
        <source>The client&apos;s date of birth is in the future.</source>
        <translation>La fecha de nacimiento del cliente es posterior a hoy.</translation>
    </message>
    <message>
        <source>Parent {number} ({name}): record whether this is the mother or the father (their sex); the forms ask for each on its own row.</source>
        <translation>Progenitor {number} ({name}): indique si es la madre o el padre (su sexo); los formularios piden cada uno en su propia fila.</translation>
    </message>
    <message>
        <source>Residence {number}: the end date is before the start date.</source>
        <translation>Residencia {number}: la fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>School {number}: the end date is before the start date.</source>
        <translation>Escuela {number}: la fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Job {number}: the end date is before the start date.</source>
        <translation>Empleo {number}: la fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>{name} is recorded as in the United States, but the current location names another country: check both.</source>
        <translation>{name} figura como en Estados Unidos, pero su ubicación actual nombra otro país: revise ambos datos.</translation>
    </message>
    <message>
        <source>This answer needs an explanation (the form asks for one): {question}</source>
        <translation>Esta respuesta necesita una explicación (el formulario la pide): {question}</translation>
    </message>
    <message>
        <source>This explanation has no place on the form (the field map names no box for its question): {question}</source>
        <translation>Esta explicación no tiene lugar en el formulario (el mapa de campos no indica ninguna casilla para su pregunta): {question}</translation>
    </message>
    <message>
        <source>Part {part} was left empty ({why}); %n answer(s) given for it are not on the form.</source>
        <translation>La Parte {part} se dejó vacía ({why}); %n respuesta(s) dadas para ella no están en el formulario.</translation>
    </message>
    <message>
        <source>Form {form} edition {edition}</source>
        <translation>Formulario {form}, edición {edition}</translation>
    </message>
    <message>
        <source>{label} is an outdated edition: USCIS does not accept it. A filled copy is for reference only; add the current edition from uscis.gov to file.</source>
        <translation>{label} es una edición desactualizada: USCIS no la acepta. Una copia rellenada sirve solo como referencia; añada la edición vigente de uscis.gov para presentarla.</translation>
    </message>
    <message>
        <source>{label}: this blank is not the official file from uscis.gov (it was changed or re-saved after download), so a form filled from it may differ from the official one: check every page before filing, or add the official blank and fill again.</source>
        <translation>{label}: este formulario en blanco no es el archivo oficial de uscis.gov (fue modificado o guardado de nuevo después de descargarlo), así que un formulario llenado a partir de él puede diferir del oficial: revise cada página antes de presentarlo, o agregue el formulario oficial y llénelo de nuevo.</translation>
    </message>
    <message>
        <source>This PDF is not a form edition the workbench knows ({found}). Known editions: {known}. Add the blank form exactly as downloaded from uscis.gov.</source>
        <translation>Este PDF no es una edición de formulario que el programa conozca ({found}). Ediciones conocidas: {known}. Añada el formulario en blanco tal como lo descargó de uscis.gov.</translation>
    </message>
    <message>
        <source>{edition} (outdated)</source>
        <extracomment>Forms an asylee files once asylum is granted (the matter&apos;s grant date is known).</extracomment>
        <translation>{edition} (desactualizada)</translation>
    </message>
    <message>
        <source>found Form {form} edition {edition}</source>
        <translation>se encontró el Formulario {form}, edición {edition}</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>el archivo no es un PDF</translation>
    </message>
    <message>
        <source>no USCIS edition footer such as &apos;Form I-589 Edition 01/20/25&apos; was found on its pages</source>
        <translation>no se encontró en sus páginas ningún pie de edición de USCIS como &apos;Form I-589 Edition 01/20/25&apos;</translation>
    </message>
    <message>
        <source>Could not be put on the form ({reason}): {question}</source>
        <translation>No se pudo poner en el formulario ({reason}): {question}</translation>
    </message>
    <message>
        <source>the form&apos;s own Additional Information part (space {slot})</source>
        <translation>la parte de Información Adicional del propio formulario (espacio {slot})</translation>
    </message>
    <message>
        <source>a continuation sheet at the end</source>
        <translation>una hoja de continuación al final</translation>
    </message>
    <message>
        <source>This answer continues in {where}: review it there.</source>
        <translation>Esta respuesta continúa en {where}: revísela allí.</translation>
    </message>
    <message>
        <source>Not added yet (known editions: {known})</source>
        <translation>Aún no se ha añadido (ediciones conocidas: {known})</translation>
    </message>
    <message>
        <source>no qualifying family member yet</source>
        <translation>todavía no hay ningún familiar que reúna los requisitos</translation>
    </message>
    <message>
        <source>{form} filled ({member})</source>
        <translation>{form} rellenado ({member})</translation>
    </message>
    <message>
        <source>{form} filled</source>
        <translation>{form} rellenado</translation>
    </message>
    <message>
        <source>This question is answered once for the matter, not per family member.</source>
        <translation>Esta pregunta se responde una sola vez para el asunto, no por cada familiar.</translation>
    </message>
    <message>
        <source>That family member is not part of this matter.</source>
        <translation>Ese familiar no forma parte de este asunto.</translation>
    </message>
    <message>
        <source>There is no family member with id {id}.</source>
        <translation>No hay ningún familiar con el id {id}.</translation>
    </message>
    <message>
        <source>(a)(5) is for an asylee: no asylum grant date is recorded on the matter.</source>
        <translation>(a)(5) es para un asilado: el caso no tiene registrada una fecha de concesión del asilo.</translation>
    </message>
    <message>
        <source>Asylum was granted on {date}: the asylee category is (a)(5), not the pending-application category (c)(8).</source>
        <translation>El asilo se concedió el {date}: la categoría de asilado es (a)(5), no la de solicitud pendiente (c)(8).</translation>
    </message>
    <message>
        <source>(c)(8) needs a pending asylum application: record the date the complete I-589 was filed on the matter.</source>
        <translation>(c)(8) requiere una solicitud de asilo pendiente: registre en el caso la fecha en que se presentó el I-589 completo.</translation>
    </message>
    <message>
        <source>{name} is not recorded as in the United States: a family member abroad gets no U.S. work permit before admission (file after entering in U status).</source>
        <translation>{name} no consta como presente en los Estados Unidos: un familiar en el extranjero no obtiene un permiso de trabajo estadounidense antes de su admisión (presente la solicitud después de entrar con el estatus U).</translation>
    </message>
    <message>
        <source>(a)(19) is the U-1 principal&apos;s category; this I-765 is for a family member (U-2 to U-5: (a)(20) once approved, (c)(14) while pending).</source>
        <translation>(a)(19) es la categoría del peticionario principal U-1; este I-765 es para un familiar (U-2 a U-5: (a)(20) una vez aprobado, (c)(14) mientras esté pendiente).</translation>
    </message>
    <message>
        <source>(a)(19) is for a U-1 principal whose U status USCIS has approved: the questionnaire does not say the petition was approved.</source>
        <translation>(a)(19) es para un peticionario principal U-1 cuyo estatus U aprobó USCIS: el cuestionario no indica que la petición fuera aprobada.</translation>
    </message>
    <message>
        <source>(a)(20) is for a qualifying family member (U-2 to U-5) with approved U status; this form is filed for the matter&apos;s client, the principal petitioner.</source>
        <translation>(a)(20) es para un familiar calificado (U-2 a U-5) con estatus U aprobado; este formulario se presenta para el cliente del caso, el peticionario principal.</translation>
    </message>
    <message>
        <source>(a)(20) is for a family member whose own U status (Supplement A) USCIS has approved: the questionnaire does not say it was approved.</source>
        <translation>(a)(20) es para un familiar cuyo propio estatus U (Suplemento A) USCIS ha aprobado: el cuestionario no dice que se haya aprobado.</translation>
    </message>
    <message>
        <source>(c)(14) for a family member needs a pending Supplement A (bona fide determination or waiting list): the questionnaire does not say what USCIS decided on it.</source>
        <translation>(c)(14) para un familiar requiere un Suplemento A pendiente (determinación de buena fe o lista de espera): el cuestionario no dice qué decidió USCIS sobre él.</translation>
    </message>
    <message>
        <source>(c)(14) needs a grant of deferred action (or, for a U visa petitioner, a bona fide determination or a pending petition awaiting one): the questionnaire records none.</source>
        <translation>(c)(14) requiere una concesión de acción diferida (o, para un peticionario de visa U, una determinación de buena fe o una petición pendiente que espera una): el cuestionario no registra ninguna.</translation>
    </message>
    <message>
        <source>(c)(31) is for a VAWA self-petitioner whose Form I-360 USCIS has APPROVED; a pending self-petition alone gives no work permit.</source>
        <translation>(c)(31) es para un autopeticionario VAWA cuyo Formulario I-360 USCIS ha APROBADO; una autopetición pendiente por sí sola no da permiso de trabajo.</translation>
    </message>
    <message>
        <source>(c)(9) needs a pending Form I-485 (filed before or with this I-765): the questionnaire does not say one is pending.</source>
        <translation>(c)(9) requiere un Formulario I-485 pendiente (presentado antes o junto con este I-765): el cuestionario no indica que haya uno pendiente.</translation>
    </message>
    <message>
        <source>Too early for category (c)(8): the I-765 may be filed no earlier than {date}, 150 days after the asylum application filed on {filed} (8 CFR 208.7(a)(1); rule asylum.ead_may_apply). Filed earlier, it is denied.</source>
        <translation>Demasiado pronto para la categoría (c)(8): el I-765 no puede presentarse antes del {date}, 150 días después de la solicitud de asilo presentada el {filed} (8 CFR 208.7(a)(1); regla asylum.ead_may_apply). Si se presenta antes, se deniega.</translation>
    </message>
    <message>
        <source>Category (c)(8): the work permit cannot be granted before {date} (180 days on the asylum EAD clock from {filed}; delay the applicant asks for or causes stops the clock: check the USCIS or EOIR clock).</source>
        <translation>Categoría (c)(8): el permiso de trabajo no puede concederse antes del {date} (180 días en el reloj del permiso de asilo desde el {filed}; la demora que el solicitante pide o causa detiene el reloj: verifique el reloj de USCIS o de EOIR).</translation>
    </message>
    <message>
        <source>What USCIS decided on {name}&apos;s own Supplement A is not recorded: the workbench read the principal&apos;s answer ({decision}). Answer the U visa question for this family member.</source>
        <translation>No consta qué decidió USCIS sobre el Suplemento A de {name}: el programa usó la respuesta del peticionario principal ({decision}). Responda la pregunta de la visa U para este familiar.</translation>
    </message>
    <message>
        <source>Category (c)(14) with a pending U petition: USCIS decides this application only after it makes a bona fide determination on the I-918 (file it with or after the petition).</source>
        <translation>Categoría (c)(14) con una petición U pendiente: USCIS decide esta solicitud solo después de hacer una determinación de buena fe sobre el I-918 (preséntela con la petición o después).</translation>
    </message>
    <message>
        <source>Category (c)(14) for a family member with a pending Supplement A: USCIS decides this application after its bona fide determination on the principal&apos;s I-918 and on this Supplement A (file it with or after the supplement).</source>
        <translation>Categoría (c)(14) para un familiar con un Suplemento A pendiente: USCIS decide esta solicitud después de su determinación de buena fe sobre el I-918 del peticionario principal y sobre este Suplemento A (preséntela con el suplemento o después).</translation>
    </message>
    <message>
        <source>The eligibility category answer is not a category as Item 27 takes it (a letter and numbers in parentheses, for example (c)(8) or (c)(17)(iii)).</source>
        <translation>La respuesta de categoría de elegibilidad no es una categoría como la pide el punto 27 (una letra y números entre paréntesis, por ejemplo (c)(8) o (c)(17)(iii)).</translation>
    </message>
    <message>
        <source>Category {code} was chosen by the attorney; the workbench cannot check the facts for it.</source>
        <translation>La categoría {code} la eligió el abogado; el programa no puede verificar los hechos para ella.</translation>
    </message>
    <message>
        <source>The workbench proposes no I-765 category for this kind of matter: choose it in the questionnaire (eligibility category).</source>
        <translation>El programa no propone ninguna categoría del I-765 para este tipo de caso: elíjala en el cuestionario (categoría de elegibilidad).</translation>
    </message>
    <message>
        <source>No work-permit category fits the facts recorded: {reasons}</source>
        <translation>Ninguna categoría de permiso de trabajo corresponde a los hechos registrados: {reasons}</translation>
    </message>
    <message>
        <source>it holds {form} {edition} version {version}, not what its name says</source>
        <translation>contiene {form} {edition} versión {version}, no lo que dice su nombre</translation>
    </message>
    <message>
        <source>The installed field map {file} is not used: {reason} The map shipped with the app (or another installed version) is used instead; install the map again from the organization to restore it.</source>
        <translation>No se usa el mapa de campos instalado {file}: {reason} En su lugar se usa el mapa incluido en la aplicación (u otra versión instalada); vuelva a instalar el mapa de la organización para restablecerlo.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>no se puede leer.</translation>
    </message>
    <message>
        <source>Version {version} of the field map for {form} {edition} was installed in this vault, but its file is gone. The map shipped with the app (or an older installed version) fills this edition until it is installed again: the next sync with the organization fetches it again.</source>
        <translation>La versión {version} del mapa de campos de {form} {edition} se instaló en esta bóveda, pero su archivo ya no está. El mapa incluido en la aplicación (o una versión instalada anterior) llena esta edición hasta que se vuelva a instalar: la próxima sincronización con la organización lo descarga de nuevo.</translation>
    </message>
    <message>
        <source>Version {version} of the field map for {form} {edition} is not newer than version {newest}, which is installed: an older map is never installed over a newer one. Nothing was changed.</source>
        <translation>La versión {version} del mapa de campos de {form} {edition} no es más reciente que la versión {newest}, que está instalada: nunca se instala un mapa anterior sobre uno más reciente. No se cambió nada.</translation>
    </message>
    <message>
        <source>published by {organization} on {date}</source>
        <translation>publicado por {organization} el {date}</translation>
    </message>
    <message>
        <source>The published map holds no field map.</source>
        <translation>El mapa publicado no contiene ningún mapa de campos.</translation>
    </message>
    <message>
        <source>The published map is for {form} {edition}, but its field map says {other}.</source>
        <translation>El mapa publicado es para {form} {edition}, pero su mapa de campos dice {other}.</translation>
    </message>
    <message>
        <source>The published map does not parse: {problem}</source>
        <translation>El mapa publicado no se puede analizar: {problem}</translation>
    </message>
    <message>
        <source>This file is too large to be a published field map.</source>
        <translation>Este archivo es demasiado grande para ser un mapa de campos publicado.</translation>
    </message>
    <message>
        <source>This file is not a published field map (it is not JSON).</source>
        <translation>Este archivo no es un mapa de campos publicado (no es JSON).</translation>
    </message>
    <message>
        <source>This file is not a published field map (a map from the app&apos;s forms folder is not signed: the organization publishes maps with &apos;workbench-hub forms publish&apos;).</source>
        <translation>Este archivo no es un mapa de campos publicado (un mapa de la carpeta forms de la aplicación no está firmado: la organización publica los mapas con &apos;workbench-hub forms publish&apos;).</translation>
    </message>
    <message>
        <source>This published field map has a format this version of the app does not read: update the app.</source>
        <translation>Este mapa de campos publicado tiene un formato que esta versión de la aplicación no lee: actualice la aplicación.</translation>
    </message>
    <message>
        <source>This published field map is damaged (it has no content).</source>
        <translation>Este mapa de campos publicado está dañado (no tiene contenido).</translation>
    </message>
    <message>
        <source>This field map is not signed: only maps signed by your organization are installed.</source>
        <translation>Este mapa de campos no está firmado: solo se instalan los mapas firmados por su organización.</translation>
    </message>
    <message>
        <source>This field map&apos;s signature is malformed: nothing was installed.</source>
        <translation>La firma de este mapa de campos está mal formada: no se instaló nada.</translation>
    </message>
    <message>
        <source>This field map was published by another organization ({name}), not the one this vault is enrolled with: nothing was installed.</source>
        <translation>Este mapa de campos lo publicó otra organización ({name}), no aquella en la que está inscrita esta bóveda: no se instaló nada.</translation>
    </message>
    <message>
        <source>This field map&apos;s signature does not match your organization&apos;s key: it was changed after it was published, or signed by someone else. Nothing was installed.</source>
        <translation>La firma de este mapa de campos no corresponde a la clave de su organización: se modificó después de publicarse o lo firmó otra persona. No se instaló nada.</translation>
    </message>
    <message>
        <source>This field map&apos;s edition record is not acceptable: {problems}. Nothing was installed.</source>
        <translation>El registro de edición de este mapa de campos no es aceptable: {problems}. No se instaló nada.</translation>
    </message>
    <message>
        <source>A Refugee Travel Document is for a person who holds asylee or refugee status (or became a permanent resident from it): no asylum grant date is recorded on the matter and Part 1, Item 13 (refugee status) is not answered Yes.</source>
        <extracomment>Part 1 item of each type, as the form numbers it</extracomment>
        <translation>Un Documento de Viaje de Refugiado es para quien tiene la condición de asilado o refugiado (o se hizo residente permanente a partir de ella): el caso no registra la fecha de concesión del asilo y la Parte 1, pregunta 13 (condición de refugiado) no está respondida Sí.</translation>
    </message>
    <message>
        <source>The client is a permanent resident: a Refugee Travel Document is then asked under Part 1, Item 3, not Item 2.</source>
        <translation>El cliente es residente permanente: el Documento de Viaje de Refugiado se pide entonces en la Parte 1, pregunta 3, no en la 2.</translation>
    </message>
    <message>
        <source>Part 1, Item 3 is for a permanent resident who became one as a direct result of asylee or refugee status: the questionnaire does not say the client is a permanent resident.</source>
        <translation>La Parte 1, pregunta 3 es para un residente permanente que lo es como resultado directo de la condición de asilado o refugiado: el cuestionario no dice que el cliente sea residente permanente.</translation>
    </message>
    <message>
        <source>A reentry permit is for a lawful permanent or conditional permanent resident: the questionnaire does not say the client is one.</source>
        <translation>El permiso de reingreso es para un residente permanente legal o condicional: el cuestionario no dice que el cliente lo sea.</translation>
    </message>
    <message>
        <source>Advance parole under Part 1, Item 5.A needs a pending Form I-485 (or one filed with this application): the questionnaire does not say one is pending.</source>
        <translation>El permiso de viaje adelantado de la Parte 1, pregunta 5.A requiere un Formulario I-485 pendiente (o presentado con esta solicitud): el cuestionario no dice que haya uno pendiente.</translation>
    </message>
    <message>
        <source>Asylum was granted on {date}: the application is no longer pending, so Part 1, Item 5.B does not apply (an asylee asks for a Refugee Travel Document).</source>
        <translation>El asilo se concedió el {date}: la solicitud ya no está pendiente, así que la Parte 1, pregunta 5.B no corresponde (un asilado pide un Documento de Viaje de Refugiado).</translation>
    </message>
    <message>
        <source>Part 1, Item 5.B needs a pending asylum application: record the date the I-589 was filed on the matter.</source>
        <translation>La Parte 1, pregunta 5.B requiere una solicitud de asilo pendiente: registre en el caso la fecha en que se presentó el I-589.</translation>
    </message>
    <message>
        <source>Part 1, Item 5.G needs an approved Form I-918 (or Supplement A): the questionnaire does not say USCIS approved the U petition.</source>
        <translation>La Parte 1, pregunta 5.G requiere un Formulario I-918 (o Suplemento A) aprobado: el cuestionario no dice que USCIS haya aprobado la petición U.</translation>
    </message>
    <message>
        <source>Part 6, Item {item} is answered Yes: returning to the country of persecution, using or renewing its passport, taking its benefits or a new nationality can end asylee or refugee status (INA 208(c)(2)). Discuss it with the client before filing and explain it in Part 13.</source>
        <translation>La Parte 6, pregunta {item} está respondida Sí: volver al país de persecución, usar o renovar su pasaporte, recibir sus beneficios o adquirir otra nacionalidad puede poner fin a la condición de asilado o refugiado (INA 208(c)(2)). Háblelo con el cliente antes de presentar y explíquelo en la Parte 13.</translation>
    </message>
    <message>
        <source>Refugee Travel Document: file before the client leaves the United States and attend the biometrics appointment before leaving (an application filed from abroad is accepted only within one year of departure, at USCIS&apos;s discretion). Warn the client not to travel to the country of persecution and not to travel on its passport.</source>
        <translation>Documento de Viaje de Refugiado: presente la solicitud antes de que el cliente salga de los Estados Unidos y cumpla la cita de datos biométricos antes de salir (una solicitud presentada desde el extranjero solo se acepta dentro del año siguiente a la salida, a discreción de USCIS). Advierta al cliente que no viaje al país de persecución ni con su pasaporte.</translation>
    </message>
    <message>
        <source>Advance parole: the client must not leave the United States before the document is issued; leaving without it abandons a pending application (8 CFR 245.2(a)(4)(ii), 8 CFR 208.8(a)). Parole on return is discretionary: review any unlawful presence (INA 212(a)(9)(B)) before the client travels.</source>
        <translation>Permiso de viaje adelantado: el cliente no debe salir de los Estados Unidos antes de que se expida el documento; salir sin él abandona una solicitud pendiente (8 CFR 245.2(a)(4)(ii), 8 CFR 208.8(a)). El permiso de entrada al regresar es discrecional: revise toda presencia ilegal (INA 212(a)(9)(B)) antes de que el cliente viaje.</translation>
    </message>
    <message>
        <source>An asylum applicant who returns to the country of claimed persecution, even with advance parole, is presumed to have abandoned the asylum application (8 CFR 208.8(b)).</source>
        <translation>Se presume que un solicitante de asilo que regresa al país de la persecución alegada, aun con permiso de viaje adelantado, ha abandonado su solicitud de asilo (8 CFR 208.8(b)).</translation>
    </message>
    <message>
        <source>The client holds asylee or refugee status: the document for travel is normally a Refugee Travel Document (Part 1, Item 2 or 3).</source>
        <translation>El cliente tiene la condición de asilado o refugiado: el documento para viajar es normalmente un Documento de Viaje de Refugiado (Parte 1, pregunta 2 o 3).</translation>
    </message>
    <message>
        <source>The application type answer is not one the workbench fills: choose a Refugee Travel Document, an Advance Parole Document or a reentry permit, or tick another Part 1 box by hand.</source>
        <translation>La respuesta sobre el tipo de solicitud no es uno que el programa llene: elija un Documento de Viaje de Refugiado, un permiso de viaje adelantado o un permiso de reingreso, o marque a mano otra casilla de la Parte 1.</translation>
    </message>
    <message>
        <source>The workbench proposes no I-131 application type for these facts (no asylum grant, refugee status or pending I-485 is recorded): choose it in the questionnaire (application type).</source>
        <translation>El programa no propone ningún tipo de solicitud I-131 para estos hechos (no consta concesión de asilo, condición de refugiado ni I-485 pendiente): elíjalo en el cuestionario (tipo de solicitud).</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>incluido en la aplicación</translation>
    </message>
    <message>
        <source>no field map</source>
        <translation>sin mapa de campos</translation>
    </message>
    <message>
        <source>This vault is not enrolled with an organization, so it cannot check who published a field map: enroll it first (Settings). Nothing was installed.</source>
        <translation>Esta bóveda no está inscrita en ninguna organización, así que no puede comprobar quién publicó un mapa de campos: inscríbala primero (Configuración). No se instaló nada.</translation>
    </message>
    <message>
        <source>{form} {edition} version {version}</source>
        <translation>{form} {edition} versión {version}</translation>
    </message>
    <message>
        <source>published map {number}: {reason}</source>
        <translation>mapa publicado {number}: {reason}</translation>
    </message>
    <message>
        <source>The asylum category needs the date asylum was granted: record it on the matter (Item 3.d asks it, and an asylee may apply only one year after it).</source>
        <extracomment>The Part 2 category a matter&apos;s kind implies on its own (the map&apos;s ``answer_defaults`` proposes it when the question is unanswered): an SIJ&apos;s approved I-360 (INA 245(h)), a U nonimmigrant (INA 245(m)), an asylee once the grant date is recorded (INA 209(b)). A VAWA self-petitioner is a spouse, child or parent (three boxes): the attorney answers.</extracomment>
        <translation>La categoría de asilo necesita la fecha en que se concedió el asilo: regístrela en el caso (el Punto 3.d la pide, y un asilado puede solicitar solo un año después de esa fecha).</translation>
    </message>
    <message>
        <source>Too early: an asylee may apply for adjustment no earlier than {date}, one year after asylum was granted on {grant} (INA 209(b)(2), 8 CFR 209.2(a)(1)(ii); rule asylee.adjustment_eligible). Filed earlier, the application is denied and its fee lost.</source>
        <translation>Demasiado pronto: un asilado puede solicitar el ajuste a partir del {date}, un año después de que se concedió el asilo el {grant} (INA 209(b)(2), 8 CFR 209.2(a)(1)(ii); regla asylee.adjustment_eligible). Si se presenta antes, la solicitud se niega y se pierde la tarifa.</translation>
    </message>
    <message>
        <source>Item 18 says the client has lived at the current address for at least 5 years, but the address is recorded from {date}: check the answer or the date.</source>
        <translation>El Punto 18 dice que el cliente ha vivido al menos 5 años en la dirección actual, pero la dirección está registrada desde el {date}: revise la respuesta o la fecha.</translation>
    </message>
    <message>
        <source>Item 18 says the client has lived at the current address for less than 5 years, but the address is recorded from {date}: check the answer or the date.</source>
        <translation>El Punto 18 dice que el cliente ha vivido menos de 5 años en la dirección actual, pero la dirección está registrada desde el {date}: revise la respuesta o la fecha.</translation>
    </message>
    <message>
        <source>Part 9 Item 56 (public charge) has no box for the category &quot;{category}&quot;, so the form would be filed with Item 56 unanswered: answer Item 56 (the exempt category that applies, or &quot;I do not fall under any of the exempt categories&quot; and Items 57-66).</source>
        <translation>La Parte 9, Punto 56 (carga pública) no tiene casilla para la categoría «{category}», así que el formulario se presentaría con el Punto 56 sin responder: responda el Punto 56 (la categoría exenta que corresponda, o «I do not fall under any of the exempt categories» y los Puntos 57-66).</translation>
    </message>
    <message>
        <source>Item 13 says the last arrival was the first time in the United States, but {count} entries are recorded: check the answer or the entries.</source>
        <translation>El Punto 13 dice que la última llegada fue la primera vez en los Estados Unidos, pero hay {count} entradas registradas: revise la respuesta o las entradas.</translation>
    </message>
    <message>
        <source>Part 4 Item 7 asks for every period of employment, school, unemployment or retirement in the last five years, but no job or school is recorded for {periods}: record it, or explain the period of unemployment and the source of financial support in Part 14 before filing.</source>
        <translation>La Parte 4, Punto 7, pide todos los períodos de empleo, estudios, desempleo o jubilación de los últimos cinco años, pero no hay ningún empleo ni escuela registrados para {periods}: regístrelo, o explique el período de desempleo y la fuente de sustento económico en la Parte 14 antes de presentar la solicitud.</translation>
    </message>
    <message>
        <source>Not answered, so the workbench proposes &quot;{value}&quot; from the matter: answer the question to choose another.</source>
        <translation>Sin respuesta, así que la aplicación propone «{value}» a partir del asunto: responda la pregunta para elegir otra opción.</translation>
    </message>
    <message>
        <source>No address is recorded for {name}: record it on the Family tab (the form&apos;s mailing and physical address are the family member&apos;s own, never assumed to be the client&apos;s).</source>
        <translation>No hay una dirección registrada para {name}: regístrela en la pestaña Familia (la dirección postal y física del formulario son las del propio familiar, nunca se supone que son las del cliente).</translation>
    </message>
    <message>
        <source>Whether {name} reads English or needs an interpreter is not recorded (Supplement A&apos;s question for this family member): the applicant&apos;s statement is left unticked.</source>
        <translation>No consta si {name} lee inglés o necesita un intérprete (la pregunta del Suplemento A para este familiar): la declaración del solicitante queda sin marcar.</translation>
    </message>
    <message>
        <source>{name} is under 14: a parent or legal guardian may sign the applicant&apos;s statement for the child (8 CFR 103.2(a)(2)).</source>
        <translation>{name} tiene menos de 14 años: uno de los padres o el tutor legal puede firmar la declaración del solicitante por el menor (8 CFR 103.2(a)(2)).</translation>
    </message>
    <message>
        <source>The client is recorded as married (or separated), but no spouse is on the Family tab: the form lists the spouse first among the family members. Record the spouse, or correct the marital status.</source>
        <translation>El cliente consta como casado (o separado), pero no hay cónyuge en la pestaña Familia: el formulario pone al cónyuge primero entre los familiares. Registre al cónyuge o corrija el estado civil.</translation>
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
<context>
    <name>labels</name>
    <message>
        <source>Affirmative asylum</source>
        <translation>Asilo afirmativo</translation>
    </message>
    <message>
        <source>Defensive asylum / withholding / CAT</source>
        <translation>Asilo defensivo / suspensión de la deportación / CAT</translation>
    </message>
    <message>
        <source>U visa</source>
        <translation>Visa U</translation>
    </message>
    <message>
        <source>VAWA self-petition</source>
        <translation>Autopetición VAWA</translation>
    </message>
    <message>
        <source>SIJS</source>
        <translation>SIJS</translation>
    </message>
    <message>
        <source>Cancellation of removal</source>
        <translation>Cancelación de la deportación</translation>
    </message>
    <message>
        <source>Adjustment of status</source>
        <translation>Ajuste de estatus</translation>
    </message>
    <message>
        <source>Family petition</source>
        <translation>Petición familiar</translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation>Hábeas corpus</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>no time recorded</source>
        <translation>sin tiempo registrado</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Soltero/a</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Casado/a</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorciado/a</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Viudo/a</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separado/a</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Matrimonio anulado</translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation>No detenido/a</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detenido/a</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado/a</translation>
    </message>
    <message>
        <source>Never in proceedings</source>
        <translation>Nunca en procedimiento</translation>
    </message>
    <message>
        <source>In proceedings now</source>
        <translation>En procedimiento actualmente</translation>
    </message>
    <message>
        <source>In proceedings before</source>
        <translation>En procedimiento anteriormente</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Con fluidez</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residencia</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Postal</translation>
    </message>
    <message>
        <source>Last address abroad</source>
        <translation>Última dirección en el extranjero</translation>
    </message>
    <message>
        <source>In the feared country</source>
        <translation>En el país que teme</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Documento de viaje</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre/madre</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Hermano/a</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Datos biométricos</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Detention visit</source>
        <translation>Visita al centro de detención</translation>
    </message>
    <message>
        <source>Notice (RFE, NOID…)</source>
        <translation>Aviso (RFE, NOID…)</translation>
    </message>
    <message>
        <source>Master calendar</source>
        <translation>Audiencia preliminar (master calendar)</translation>
    </message>
    <message>
        <source>Individual (merits)</source>
        <translation>Audiencia individual (de fondo)</translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation>USCIS</translation>
    </message>
    <message>
        <source>Immigration court</source>
        <translation>Tribunal de inmigración</translation>
    </message>
    <message>
        <source>BIA</source>
        <translation>BIA</translation>
    </message>
    <message>
        <source>Federal court</source>
        <translation>Tribunal federal</translation>
    </message>
    <message>
        <source>State court</source>
        <translation>Tribunal estatal</translation>
    </message>
    <message>
        <source>Certifying agency (U visa)</source>
        <translation>Agencia certificadora (visa U)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Co-counsel</source>
        <translation>Coabogado/a</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor/a</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Perito</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Eliminado definitivamente</translation>
    </message>
    <message>
        <source>Deadline computed</source>
        <translation>Plazo calculado</translation>
    </message>
    <message>
        <source>Deadline moved</source>
        <translation>Plazo modificado</translation>
    </message>
    <message>
        <source>Deadline no longer applies</source>
        <translation>El plazo ya no se aplica</translation>
    </message>
    <message>
        <source>Deadline overridden</source>
        <translation>Plazo fijado a mano</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>Se quitó la fecha fijada a mano</translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation>Se exportó una copia</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Added {thing}</source>
        <translation>Se agregó: {thing}</translation>
    </message>
    <message>
        <source>Changed {thing}</source>
        <translation>Se modificó: {thing}</translation>
    </message>
    <message>
        <source>Deleted {thing}</source>
        <translation>Se eliminó: {thing}</translation>
    </message>
    <message>
        <source>Restored {thing}</source>
        <translation>Se restauró: {thing}</translation>
    </message>
    <message>
        <source>Purged {thing}</source>
        <translation>Se eliminó definitivamente: {thing}</translation>
    </message>
    <message>
        <source>Exported a copy {thing}</source>
        <translation>Se exportó una copia: {thing}</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>documento de viaje</translation>
    </message>
    <message>
        <source>entry to the US</source>
        <translation>entrada a EE. UU.</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>registro de horas</translation>
    </message>
    <message>
        <source>school</source>
        <translation>centro de estudios</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empleador</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>form answer</source>
        <translation>respuesta de formulario</translation>
    </message>
</context>
<context>
    <name>packets</name>
    <message>
        <source>Building the packet was cancelled; nothing was written.</source>
        <translation>Se canceló la preparación del paquete; no se escribió nada.</translation>
    </message>
    <message>
        <source>{forms}: not an optional form of this filing (optional: {optional}).</source>
        <translation>{forms}: no es un formulario opcional de esta presentación (opcionales: {optional}).</translation>
    </message>
    <message>
        <source>A {form} packet is built for one family member: choose the relative it petitions for.</source>
        <translation>Un paquete {form} se prepara para un solo familiar: elija el pariente por quien se presenta la petición.</translation>
    </message>
    <message>
        <source>That family member is not part of this matter.</source>
        <translation>Ese familiar no forma parte de este asunto.</translation>
    </message>
    <message>
        <source>{copies}: no such family member&apos;s copy in this filing (a copy is planned for each qualifying family member in the United States).</source>
        <translation>{copies}: esta presentación no tiene esa copia de un familiar (se prevé una copia por cada familiar calificado que esté en los Estados Unidos).</translation>
    </message>
    <message>
        <source>Form {form} ({name}) is that family member&apos;s own application: the packet&apos;s Form G-28 covers the client&apos;s forms only. File a Form G-28 signed by {name} (or, for a child, a parent or guardian) with it.</source>
        <translation>El Formulario {form} ({name}) es la solicitud propia de ese familiar: el Formulario G-28 del paquete cubre solo los formularios del cliente. Presente con él un Formulario G-28 firmado por {name} (o, si es un menor, por su padre, madre o tutor).</translation>
    </message>
    <message>
        <source>No qualifying family member on the Family tab: the packet has no {form}.</source>
        <translation>No hay ningún familiar calificado en la pestaña Familia: el paquete no lleva {form}.</translation>
    </message>
    <message>
        <source>Filling {form}</source>
        <translation>Rellenando {form}</translation>
    </message>
    <message numerus="yes">
        <source>{form}: %n item(s) need an answer before filing (see the form checks).</source>
        <translation>
            <numerusform>{form}: %n pregunta necesita respuesta antes de presentar (vea las comprobaciones del formulario).</numerusform>
            <numerusform>{form}: %n preguntas necesitan respuesta antes de presentar (vea las comprobaciones del formulario).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading exhibits</source>
        <translation>Leyendo los anexos</translation>
    </message>
    <message>
        <source>Laying out</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>Uniendo las partes</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <source>Index of documents</source>
        <translation>Índice de documentos</translation>
    </message>
    <message>
        <source>Tab {tab}: {title}</source>
        <translation>Separador {tab}: {title}</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>Constancia de notificación</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>a document is listed more than once</source>
        <translation>un documento aparece más de una vez</translation>
    </message>
    <message>
        <source>is not a document of this matter</source>
        <translation>no es un documento de este caso</translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation>se eliminó</translation>
    </message>
    <message>
        <source>is a generated form (the packet fills forms itself)</source>
        <translation>es un formulario generado (el paquete rellena los formularios por sí mismo)</translation>
    </message>
    <message>
        <source>is neither a PDF nor an image</source>
        <translation>no es ni un PDF ni una imagen</translation>
    </message>
    <message>
        <source>The exhibit order</source>
        <translation>El orden de los anexos</translation>
    </message>
    <message>
        <source>The exhibit &quot;{title}&quot; is a password-protected PDF: remove the password (print it to a new PDF) and add it again.</source>
        <translation>El anexo &quot;{title}&quot; es un PDF protegido con contraseña: quite la contraseña (imprímalo en un PDF nuevo) y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>The exhibit &quot;{title}&quot; is a PDF without pages.</source>
        <translation>El anexo &quot;{title}&quot; es un PDF sin páginas.</translation>
    </message>
    <message>
        <source>The exhibit &quot;{title}&quot; is not a readable PDF ({problem}). Open it, save or print it to a new PDF, and add it again.</source>
        <translation>El anexo &quot;{title}&quot; no es un PDF legible ({problem}). Ábralo, guárdelo o imprímalo en un PDF nuevo y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>The exhibit &quot;{title}&quot; is not a readable image ({problem}).</source>
        <translation>El anexo &quot;{title}&quot; no es una imagen legible ({problem}).</translation>
    </message>
    <message>
        <source>There is no filing kind {filing}; known kinds: {kinds}.</source>
        <translation>No existe el tipo de presentación {filing}; tipos conocidos: {kinds}.</translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <source>Answer yes or no.</source>
        <translation>Responda sí o no.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 0 or 2.</source>
        <translation>Escriba un número entero, por ejemplo 0 o 2.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>El número no puede ser negativo.</translation>
    </message>
    <message>
        <source>Enter a date as MM/DD/YYYY, for example 03/04/2026.</source>
        <translation>Escriba la fecha como MM/DD/AAAA, por ejemplo 03/04/2026.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>Elija una de estas opciones: {options}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Save the report as a .csv or .pdf file, not {name}.</source>
        <translation>Guarde el informe como archivo .csv o .pdf, no {name}.</translation>
    </message>
    <message>
        <source>There is no {which} report as {fmt}.</source>
        <translation>No existe el informe {which} en formato {fmt}.</translation>
    </message>
    <message>
        <source>Save the hours report</source>
        <translation>Guardar el informe de horas</translation>
    </message>
    <message>
        <source>Save the matters report</source>
        <translation>Guardar el informe de casos</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Reminders: 0 to 90 days before; auto-lock: 1 to 240 minutes.</source>
        <translation>Recordatorios: de 0 a 90 días antes; bloqueo automático: de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>The settings</source>
        <translation>La configuración</translation>
    </message>
    <message>
        <source>Choose at least one matter to export.</source>
        <translation>Elija al menos un caso para exportar.</translation>
    </message>
    <message>
        <source>The calendar export</source>
        <translation>La exportación del calendario</translation>
    </message>
</context>
<context>
    <name>specs</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>One per line: Family name, Given name Middle name</source>
        <translation>Uno por línea: Apellidos, Nombre Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Otros nombres usados</translation>
    </message>
    <message>
        <source>Name in native alphabet</source>
        <translation>Nombre en el alfabeto nativo</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>USCIS online account number</source>
        <translation>Número de cuenta en línea de USCIS</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>Número de Seguro Social</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>City of birth</source>
        <translation>Ciudad de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Nacionalidad al nacer</translation>
    </message>
    <message>
        <source>Race, ethnic or tribal group</source>
        <translation>Raza, grupo étnico o tribal</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>Native language</source>
        <translation>Lengua materna</translation>
    </message>
    <message>
        <source>Other languages spoken fluently</source>
        <translation>Otros idiomas que habla con fluidez</translation>
    </message>
    <message>
        <source>e.g. Spanish, Quechua</source>
        <translation>p. ej., español, quechua</translation>
    </message>
    <message>
        <source>Fluent in English</source>
        <translation>Habla inglés con fluidez</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Detention facility</source>
        <translation>Centro de detención</translation>
    </message>
    <message>
        <source>Immigration court proceedings</source>
        <translation>Procedimiento ante el tribunal de inmigración</translation>
    </message>
    <message>
        <source>Matter number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Court or office</source>
        <translation>Tribunal u oficina</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Detained docket</source>
        <translation>Lista de detenidos (detained docket)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>IJ decision date</source>
        <translation>Fecha de la decisión del juez de inmigración</translation>
    </message>
    <message>
        <source>IJ decision was</source>
        <translation>La decisión del juez fue</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Written decision mailed/served</source>
        <translation>Decisión escrita enviada/notificada</translation>
    </message>
    <message>
        <source>BIA final order</source>
        <translation>Orden final de la BIA</translation>
    </message>
    <message>
        <source>Asylum application filed</source>
        <translation>Solicitud de asilo presentada</translation>
    </message>
    <message>
        <source>Asylum granted</source>
        <translation>Asilo concedido</translation>
    </message>
    <message>
        <source>State-court SIJ order</source>
        <translation>Orden SIJ del tribunal estatal</translation>
    </message>
    <message>
        <source>Supplement B signed</source>
        <translation>Suplemento B firmado</translation>
    </message>
    <message>
        <source>Unaccompanied child (UAC)</source>
        <translation>Menor no acompañado (UAC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation>A cargo de (in care of)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>Tipo de unidad</translation>
    </message>
    <message>
        <source>Apt.</source>
        <translation>Apto.</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Oficina (suite)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Date of entry</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <source>Place (port of entry)</source>
        <translation>Lugar (puerto de entrada)</translation>
    </message>
    <message>
        <source>Status at entry</source>
        <translation>Estatus al entrar</translation>
    </message>
    <message>
        <source>e.g. B-2, F-1, EWI</source>
        <translation>p. ej., B-2, F-1, EWI</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation>Número del I-94</translation>
    </message>
    <message>
        <source>Status expires</source>
        <translation>Vencimiento del estatus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>País emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido/a</translation>
    </message>
    <message>
        <source>In the United States</source>
        <translation>En los Estados Unidos</translation>
    </message>
    <message>
        <source>Current location (if not in the US)</source>
        <translation>Ubicación actual (si no está en EE. UU.)</translation>
    </message>
    <message>
        <source>Include in the application</source>
        <translation>Incluir en la solicitud</translation>
    </message>
    <message>
        <source>Date of marriage</source>
        <translation>Fecha de matrimonio</translation>
    </message>
    <message>
        <source>Place of marriage</source>
        <translation>Lugar de matrimonio</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Date of last entry to the US</source>
        <translation>Fecha de la última entrada a EE. UU.</translation>
    </message>
    <message>
        <source>Place of last entry</source>
        <translation>Lugar de la última entrada</translation>
    </message>
    <message>
        <source>Status at last entry</source>
        <translation>Estatus en la última entrada</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Estatus actual</translation>
    </message>
    <message>
        <source>In immigration court proceedings</source>
        <translation>En procedimiento ante el tribunal de inmigración</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Dónde está ahora</translation>
    </message>
    <message>
        <source>In the US</source>
        <translation>En EE. UU.</translation>
    </message>
    <message>
        <source>In application</source>
        <translation>En la solicitud</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Hearing type</source>
        <translation>Tipo de audiencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Notice type</source>
        <translation>Tipo de aviso</translation>
    </message>
    <message>
        <source>RFE, NOID, …</source>
        <translation>RFE, NOID, …</translation>
    </message>
    <message>
        <source>Response due (date on the notice)</source>
        <translation>Fecha límite de respuesta (según el aviso)</translation>
    </message>
    <message>
        <source>Filing deadline set by the judge</source>
        <translation>Plazo de presentación fijado por el juez</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Type of school</source>
        <translation>Tipo de escuela</translation>
    </message>
    <message>
        <source>primary, secondary, university, trade</source>
        <translation>primaria, secundaria, universidad, formación profesional</translation>
    </message>
    <message>
        <source>Location (city, country)</source>
        <translation>Lugar (ciudad, país)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation>Dirección del empleador</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organization or agency</source>
        <translation>Organización o agencia</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The hub address must look like https://hub.example.org.</source>
        <translation>La dirección del servidor debe tener la forma https://hub.example.org.</translation>
    </message>
    <message>
        <source>Use https:// for a hub on another computer, so nobody on the network can read or change what is sent.</source>
        <translation>Use https:// para un servidor en otra computadora, para que nadie en la red pueda leer ni cambiar lo que se envía.</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Enviando cambios…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Recibiendo cambios…</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Buscando conflictos…</translation>
    </message>
    <message>
        <source>Sending files…</source>
        <translation>Enviando archivos…</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>Comprobando archivos…</translation>
    </message>
    <message>
        <source>Receiving files…</source>
        <translation>Recibiendo archivos…</translation>
    </message>
    <message>
        <source>Talking to the hub…</source>
        <translation>Comunicándose con el servidor…</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the organization&apos;s hub yet: enroll it in Settings.</source>
        <translation>Esta bóveda aún no está inscrita en el servidor de la organización: inscríbala en Configuración.</translation>
    </message>
    <message>
        <source>This vault is set to bundle-only: use Sync › Export for the organization, or turn bundle-only off in Settings.</source>
        <translation>Esta bóveda está configurada en modo solo paquetes: use Sincronizar › Exportar para la organización, o desactive el modo solo paquetes en Configuración.</translation>
    </message>
    <message>
        <source>Sync was cancelled. Nothing was lost: {waiting}</source>
        <translation>Se canceló la sincronización. No se perdió nada: {waiting}</translation>
    </message>
    <message>
        <source>The hub at {url} could not be reached. Nothing was lost: {waiting}</source>
        <translation>No se pudo conectar con el servidor en {url}. No se perdió nada: {waiting}</translation>
    </message>
    <message>
        <source>unsent changes wait on this computer for the next sync.</source>
        <translation>los cambios no enviados esperan en esta computadora la próxima sincronización.</translation>
    </message>
    <message>
        <source>no changes are waiting to be sent.</source>
        <translation>no hay cambios pendientes de enviar.</translation>
    </message>
    <message>
        <source>1 change waits on this computer for the next sync.</source>
        <translation>1 cambio espera en esta computadora la próxima sincronización.</translation>
    </message>
    <message>
        <source>{count} changes wait on this computer for the next sync.</source>
        <translation>{count} cambios esperan en esta computadora la próxima sincronización.</translation>
    </message>
    <message>
        <source>A record not on this computer ({entity})</source>
        <translation>Un registro que no está en esta computadora ({entity})</translation>
    </message>
    <message>
        <source>Client {name}</source>
        <translation>Cliente {name}</translation>
    </message>
    <message>
        <source>Matter {number} ({name})</source>
        <translation>Caso {number} ({name})</translation>
    </message>
    <message>
        <source>Matter ({name})</source>
        <translation>Caso ({name})</translation>
    </message>
    <message>
        <source>{what} of {where}</source>
        <translation>{what} de {where}</translation>
    </message>
    <message>
        <source>{what} of client {name}</source>
        <translation>{what} del cliente {name}</translation>
    </message>
    <message>
        <source>Resolving a conflict needs a connection to the hub: turn bundle-only off in Settings once connected.</source>
        <translation>Resolver un conflicto requiere conexión con el servidor: desactive el modo solo paquetes en Configuración cuando tenga conexión.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Type Yes or No.</source>
        <translation>Escriba Sí o No.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>This value is structured; keep its form.</source>
        <translation>Este valor tiene estructura; conserve su forma.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something went wrong that Pro Bono Workbench did not expect ({error}). Nothing you saved before this was lost.</source>
        <translation>Ocurrió un error que Pro Bono Workbench no esperaba ({error}). No se perdió nada de lo que guardó antes.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>the attachment file is missing</source>
        <translation>falta el archivo adjunto</translation>
    </message>
    <message>
        <source>the attachment header is truncated</source>
        <translation>la cabecera del archivo adjunto está truncada</translation>
    </message>
    <message>
        <source>the attachment header is not recognized</source>
        <translation>no se reconoce la cabecera del archivo adjunto</translation>
    </message>
    <message>
        <source>the attachment belongs to another record (file id mismatch)</source>
        <translation>el archivo adjunto pertenece a otro registro (el id de archivo no coincide)</translation>
    </message>
    <message>
        <source>the attachment is truncated or a chunk is damaged, reordered or swapped</source>
        <translation>el archivo adjunto está truncado o un fragmento está dañado, reordenado o intercambiado</translation>
    </message>
    <message>
        <source>chunk {index} is damaged, reordered or swapped</source>
        <translation>el fragmento {index} está dañado, reordenado o intercambiado</translation>
    </message>
    <message>
        <source>the attachment decrypts but its content hash differs from the one recorded in the database</source>
        <translation>el archivo adjunto se descifra, pero su hash de contenido no coincide con el registrado en la base de datos</translation>
    </message>
    <message>
        <source>the database cannot be read: {problem}</source>
        <translation>no se puede leer la base de datos: {problem}</translation>
    </message>
    <message>
        <source>the backup is empty</source>
        <translation>la copia de seguridad está vacía</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>No hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <source>No backup named {name}; available: {names}</source>
        <translation>No hay ninguna copia de seguridad llamada {name}; disponibles: {names}</translation>
    </message>
    <message>
        <source>the backup failed its integrity check: {problems}</source>
        <translation>la copia de seguridad no superó la comprobación de integridad: {problems}</translation>
    </message>
    <message>
        <source>the encrypted database failed its integrity check ({problem}); run &apos;workbench vault check&apos; and restore from a backup (&apos;workbench vault restore&apos;)</source>
        <translation>la base de datos cifrada no superó la comprobación de integridad ({problem}); ejecute &apos;workbench vault check&apos; y restaure desde una copia de seguridad (&apos;workbench vault restore&apos;)</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is locked (its unlock prompt was dismissed or could not be shown).</source>
        <translation>El llavero de este equipo está bloqueado (se cerró su solicitud de desbloqueo o no se pudo mostrar).</translation>
    </message>
    <message>
        <source>Access to this computer&apos;s keyring was denied.</source>
        <translation>Se denegó el acceso al llavero de este equipo.</translation>
    </message>
    <message>
        <source>The keyring no longer lets Pro Bono Workbench read its secret; this happens after an update of the app, when macOS asks again whether the app may use its Keychain item.</source>
        <translation>El llavero ya no deja que Pro Bono Workbench lea su secreto; esto ocurre tras una actualización de la aplicación, cuando macOS vuelve a preguntar si la aplicación puede usar su elemento del Llavero.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not available right now.</source>
        <translation>El llavero de este equipo no está disponible en este momento.</translation>
    </message>
    <message>
        <source>Try again and choose “Always Allow” when macOS asks</source>
        <translation>Vuelva a intentarlo y elija «Permitir siempre» cuando macOS lo pregunte</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow access) and try again</source>
        <translation>Desbloquee el llavero (o permita el acceso) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{retry}, or continue with the passphrase only. Nothing was created.</source>
        <translation>{retry}, o continúe solo con la frase de contraseña. No se creó nada.</translation>
    </message>
    <message>
        <source>{retry}, or keep the vault under the passphrase only. Nothing was changed.</source>
        <translation>{retry}, o deje la bóveda protegida solo por la frase de contraseña. No se cambió nada.</translation>
    </message>
    <message>
        <source>{retry}, or unlock with your recovery key. Nothing was changed.</source>
        <translation>{retry}, o desbloquee con su clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>No OS keyring is available: vaults created here are protected by the passphrase alone (a copy of the vault folder can be attacked offline by guessing the passphrase, so choose a long one).</source>
        <translation>No hay ningún llavero del sistema disponible: las bóvedas creadas aquí están protegidas solo por la frase de contraseña (una copia de la carpeta de la bóveda puede atacarse sin conexión adivinando la frase de contraseña, así que elija una larga).</translation>
    </message>
    <message>
        <source>OS keyring available ({backend}).</source>
        <translation>Llavero del sistema disponible ({backend}).</translation>
    </message>
    <message>
        <source>Argon2id parameters below the floor (m=64 MiB, t=3, p=4, 16-byte salt)</source>
        <translation>parámetros de Argon2id por debajo del mínimo (m=64 MiB, t=3, p=4, sal de 16 bytes)</translation>
    </message>
    <message>
        <source>Argon2id parameters out of range</source>
        <translation>Parámetros de Argon2id fuera de rango</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase and a secret kept in this computer&apos;s keyring, and the keyring does not have that secret (the keyring was reset, or the vault was copied from another computer). Unlock it with your recovery key instead.</source>
        <translation>Esta bóveda está protegida por una frase de contraseña y un secreto guardado en el llavero de este equipo, y el llavero no tiene ese secreto (se restableció el llavero o la bóveda se copió de otro equipo). Desbloquéela con su clave de recuperación.</translation>
    </message>
    <message>
        <source>the key file is missing, so the vault cannot be unlocked</source>
        <translation>falta el archivo de claves, así que no se puede desbloquear la bóveda</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>la suma de comprobación no coincide</translation>
    </message>
    <message>
        <source>not a key file (format {format})</source>
        <translation>no es un archivo de claves (formato {format})</translation>
    </message>
    <message>
        <source>key file version {version} is not supported by this version of the app</source>
        <translation>esta versión de la aplicación no admite la versión {version} del archivo de claves</translation>
    </message>
    <message>
        <source>unknown KDF {name}</source>
        <translation>KDF desconocida {name}</translation>
    </message>
    <message>
        <source>unexpected slots or device-secret mode</source>
        <translation>ranuras o modo de secreto del dispositivo inesperados</translation>
    </message>
    <message>
        <source>the key file cannot be read ({problem}); restore it from a backup copy (backups/keyfile.json) and unlock again</source>
        <translation>no se puede leer el archivo de claves ({problem}); restáurelo desde una copia de seguridad (backups/keyfile.json) y vuelva a desbloquear</translation>
    </message>
    <message>
        <source>the field {field} is not valid</source>
        <translation>el campo {field} no es válido</translation>
    </message>
    <message>
        <source>A vault already exists in {folder}.</source>
        <translation>Ya existe una bóveda en {folder}.</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose an empty or new folder for the vault.</source>
        <translation>{folder} no está vacía: elija una carpeta vacía o nueva para la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters (a few words is best).</source>
        <translation>La frase de contraseña es demasiado corta: use al menos 8 caracteres (lo mejor son unas cuantas palabras).</translation>
    </message>
    <message>
        <source>the key file was changed (it differs from its backup copy, and the copy opens with what you typed); copy backups/keyfile.json over vault.key and unlock again</source>
        <translation>el archivo de claves fue modificado (difiere de su copia de seguridad, y la copia se abre con lo que escribió); copie backups/keyfile.json sobre vault.key y desbloquee de nuevo</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. Create one with &apos;workbench vault init&apos;.</source>
        <translation>No hay ninguna bóveda en {folder}. Cree una con &apos;workbench vault init&apos;.</translation>
    </message>
    <message>
        <source>the database file is missing; restore it with &apos;workbench vault restore&apos;</source>
        <translation>falta el archivo de la base de datos; restáurelo con &apos;workbench vault restore&apos;</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Pro Bono Workbench (schema {schema}); update the app to open it. Nothing was changed.</source>
        <translation>Esta bóveda la escribió una versión más reciente de Pro Bono Workbench (esquema {schema}); actualice la aplicación para abrirla. No se cambió nada.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least 8 characters.</source>
        <translation>La nueva frase de contraseña es demasiado corta: use al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>the key-file copy is missing; &apos;workbench vault backup&apos; writes it again</source>
        <translation>falta la copia del archivo de claves; &apos;workbench vault backup&apos; la vuelve a escribir</translation>
    </message>
    <message>
        <source>the key-file copy is damaged; &apos;workbench vault backup&apos; writes it again</source>
        <translation>la copia del archivo de claves está dañada; &apos;workbench vault backup&apos; la vuelve a escribir</translation>
    </message>
    <message>
        <source>the key-file copy differs from vault.key, so it would not repair it; &apos;workbench vault backup&apos; writes it again</source>
        <translation>la copia del archivo de claves difiere de vault.key, así que no serviría para repararlo; &apos;workbench vault backup&apos; la vuelve a escribir</translation>
    </message>
    <message>
        <source>{program} (process {pid} on {host}, since {since})</source>
        <translation>{program} (proceso {pid} en {host}, desde {since})</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>The vault is in use by {who}. Close that window (or lock the vault there) or wait for the command to finish, then try again. Nothing was changed.</source>
        <translation>La bóveda está en uso por {who}. Cierre esa ventana (o bloquee allí la bóveda) o espere a que termine el comando, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <source>Unknown identifier(s) {unknown}: choose from {known}.</source>
        <translation>Identificador(es) desconocido(s) {unknown}: elija entre {known}.</translation>
    </message>
    <message>
        <source>The visit kit is available in {languages}, not {language}.</source>
        <translation>El paquete para visitas está disponible en {languages}, no en {language}.</translation>
    </message>
    <message>
        <source>The notes are empty; nothing was added.</source>
        <translation>Las notas están vacías; no se añadió nada.</translation>
    </message>
    <message>
        <source>There is no visit event with id {id}.</source>
        <translation>No existe ningún evento de visita con el id {id}.</translation>
    </message>
</context>
</TS>
