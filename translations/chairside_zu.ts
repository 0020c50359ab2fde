<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zu_ZA">
<context>
    <name>AnalyticsPane</name>
    <message>
        <source>WhatsApp assistant</source>
        <translation>Umsizi we-WhatsApp</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Ukubhuka ku-inthanethi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ifoni</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ongabhukile</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Edeskini</translation>
    </message>
    <message>
        <source>%1 (narrows the charts; the cards always cover the whole business)</source>
        <translation>%1 (kuhlunga amashadi kuphela; amakhadi ahlala ehlanganisa lonke ibhizinisi)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Uhlaziyo</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Izinsuku ezingu-%1</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>Bonisa izinsuku zokugcina ezingu-%1</translation>
    </message>
    <message>
        <source>The last %1 days up to and including today, compared with the %1 days before</source>
        <translation>Izinsuku zokugcina ezingu-%1 kuhlanganise nanamuhla, ziqhathaniswa nezinsuku ezingu-%1 ezingaphambi kwazo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Khetha ibanga…</translation>
    </message>
    <message>
        <source>Show a custom range of days</source>
        <translation>Bonisa izinsuku ozikhethele zona</translation>
    </message>
    <message>
        <source>Any range of whole days, compared with the same number of days just before it</source>
        <translation>Noma yiziphi izinsuku eziphelele, ziqhathaniswa nenani elifanayo lezinsuku ezingaphambi kwazo</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Umbiko we-PDF…</translation>
    </message>
    <message>
        <source>Save the cards, the charts and their definitions as a PDF file</source>
        <translation>Londoloza amakhadi, amashadi nezincazelo zawo njengefayela le-PDF</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Usuku lokuqala</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Usuku lokugcina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kusukela</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kuya</translation>
    </message>
    <message>
        <source>Charts for</source>
        <translation>Hlunga amashadi:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ilungu labasebenzi</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Bonke abasebenzi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Zonke izinsizakalo</translation>
    </message>
    <message>
        <source>Booking source</source>
        <translation>Umthombo wokubhuka</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Yonke imithombo</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Khipha: %1</translation>
    </message>
    <message>
        <source>Save this chart&apos;s data as CSV or the chart as PNG</source>
        <translation>Londoloza imininingwane yaleli shadi njenge-CSV noma ishadi njenge-PNG</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Londoloza imininingwane njenge-CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Londoloza ishadi njenge-PNG…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Iyabuyekeza…</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, kuqhathaniswa no-%3 – %4</translation>
    </message>
    <message>
        <source>%1 — %2
This period: %3 · previous period: %4 · change: %5</source>
        <translation>%1 — %2
Lesi sikhathi: %3 · isikhathi esedlule: %4 · ushintsho: %5</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Akukwazanga ukubhala i-%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Akukwazanga ukubhala i-%1.</translation>
    </message>
    <message>
        <source>%1 — analytics</source>
        <translation>%1 — uhlaziyo</translation>
    </message>
    <message>
        <source>Charts filtered: %1, %2, %3</source>
        <translation>Amashadi ahlungiwe: %1, %2, %3</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Izincazelo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Londoloza ishadi njenge-PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Londoloza imininingwane yeshadi njenge-CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Izithombe ze-PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Amafayela e-CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Kulondolozwe: %1</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Londoloza ibhodi lezibalo njenge-PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Amafayela e-PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsDialog</name>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Iyalayisha…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Shintsha isikhathi…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Khansela ukubhuka…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>I-aphoyintimenti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Ukubhuka</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Izikhumbuzo</translation>
    </message>
    <message>
        <source>24-hour reminder</source>
        <translation>Isikhumbuzo samahora angu-24</translation>
    </message>
    <message>
        <source>2-hour reminder</source>
        <translation>Isikhumbuzo samahora angu-2</translation>
    </message>
    <message>
        <source>24 hours before:</source>
        <translation>Amahora angu-24 ngaphambili:</translation>
    </message>
    <message>
        <source>2 hours before:</source>
        <translation>Amahora angu-2 ngaphambili:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Umlando</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Umlando wezinguquko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ubani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Yini</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ongabhukile</translation>
    </message>
    <message>
        <source>Appointment · %1</source>
        <translation>I-aphoyintimenti · %1</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 kule khompyutha</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 no-%2</translation>
    </message>
    <message>
        <source>booked through %1</source>
        <translation>kubhukwe nge-%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Isizathu: %1</translation>
    </message>
    <message>
        <source>This booking was deleted.</source>
        <translation>Lokhu kubhuka kususiwe.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Isistimu</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Azikabikho izinguquko ezirekhodiwe.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 imiz</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 imiz</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>I-aphoyintimenti entsha</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ongabhukile</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>Shintsha isikhathi se-aphoyintimenti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Name, phone or e-mail; leave empty for a walk-in</source>
        <translation>Igama, ifoni noma i-imeyili; shiya kungenalutho uma engabhukile</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Amakhasimende afanayo</translation>
    </message>
    <message>
        <source>Walk-in: no customer record</source>
        <translation>Ongabhukile: akanalo irekhodi lekhasimende</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Ikhasimende elis&amp;ha…</translation>
    </message>
    <message>
        <source>Add a customer and book for them</source>
        <translation>Engeza ikhasimende bese ulibhukela</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>I&amp;khasimende:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>+ Add a service to this visit</source>
        <translation>+ Engeza enye insizakalo kulokhu kuvakasha</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Insi&amp;zakalo:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ilungu labasebenzi</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Umsebenzi:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Isikhathi sokuqala</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>N&amp;ini:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Phinda njalo</translation>
    </message>
    <message>
        <source>Repeat this visit</source>
        <translation>Phinda lokhu kuvakasha</translation>
    </message>
    <message>
        <source>Weeks between visits</source>
        <translation>Amasonto phakathi kokuvakasha</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> amasonto</translation>
    </message>
    <message>
        <source>How the series ends</source>
        <translation>Uchungechunge luphela kanjani</translation>
    </message>
    <message>
        <source>for</source>
        <translation>kube</translation>
    </message>
    <message>
        <source>until</source>
        <translation>kuze kube</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Inani lokuvakasha</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> izikhathi</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Usuku lokugcina lochungechunge</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Phinda:</translation>
    </message>
    <message>
        <source>Book the same visit again every few weeks at the same time</source>
        <translation>Bhuka lokhu kuvakasha futhi njalo ngemva kwamasonto ambalwa ngesikhathi esifanayo</translation>
    </message>
    <message>
        <source>&amp;Let the customer know the new time</source>
        <translation>&amp;Yazisa ikhasimende ngesikhathi esisha</translation>
    </message>
    <message>
        <source>Queues a message to the customer on their preferred channel with the new time</source>
        <translation>Ifaka emgqeni umlayezo oya ekhasimendeni ngendlela alithandayo, onesikhathi esisha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Anything the stylist should know</source>
        <translation>Noma yini umlungisi wezinwele okufanele ayazi</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ama&amp;nothi:</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Izikhathi zingokwe-%1.</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Hambisa i-aphoyintimenti</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Bhuka</translation>
    </message>
    <message>
        <source>Pick the customer from the list.</source>
        <translation>Khetha ikhasimende ohlwini.</translation>
    </message>
    <message>
        <source>Then service %1</source>
        <translation>Bese kuba insizakalo %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>bese kuba %1</translation>
    </message>
    <message>
        <source>Remove this service from the visit</source>
        <translation>Susa le nsizakalo kulokhu kuvakasha</translation>
    </message>
    <message>
        <source>Remove service %1</source>
        <translation>Susa insizakalo %1</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Leyo aphoyintimenti ayisekho.</translation>
    </message>
    <message>
        <source>(no longer active)</source>
        <translation>(ayisasebenzi)</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Alikho ikhasimende elifana no-&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✓ %1 · %2</source>
        <translation>✓ %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 processing</source>
        <translation> · %1 yokulinda umkhiqizo</translation>
    </message>
    <message>
        <source> · %1 clean-up</source>
        <translation> · %1 yokuhlanza</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>kuze kube ngu-%1</translation>
    </message>
    <message>
        <source>%1 visits, the last on %2</source>
        <translation>Ukuvakasha okungu-%1, okokugcina ngo-%2</translation>
    </message>
    <message>
        <source>Only this visit: the last day is before the next one.</source>
        <translation>Lokhu kuvakasha kuphela: usuku lokugcina lungaphambi kokulandelayo.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Khetha insizakalo.</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or clear the field to book a walk-in.</source>
        <translation>Khetha ikhasimende ohlwini, noma usule inkambu ukuze ubhukele ongabhukile.</translation>
    </message>
    <message>
        <source>Choose who does the appointment.</source>
        <translation>Khetha ozokwenza le aphoyintimenti.</translation>
    </message>
    <message>
        <source>The series has no visit: choose a last day after the first.</source>
        <translation>Uchungechunge alunakho ukuvakasha: khetha usuku lokugcina olungemva kolokuqala.</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Ngo-%1: %2</translation>
    </message>
    <message>
        <source>Bookings of one person cannot overlap: choose another time or staff member.</source>
        <translation>Ama-aphoyintimenti omuntu oyedwa awakwazi ukungqubuzana: khetha esinye isikhathi noma elinye ilungu labasebenzi.</translation>
    </message>
    <message>
        <source>%1 of %2 bookings were made; the one on %3 was refused: %4</source>
        <translation>Kwenziwe ukubhuka okungu-%1 kokungu-%2; okwango-%3 kwenqatshwa: %4</translation>
    </message>
    <message>
        <source>%1 does not do %2 (their services are set in Business, Staff).</source>
        <translation>%1 akenzi %2 (izinsizakalo zakhe zisethwa ku-Ibhizinisi, Abasebenzi).</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Usuku nesikhathi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Abasebenzi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Umthombo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Intengo</translation>
    </message>
</context>
<context>
    <name>AppointmentListPanel</name>
    <message>
        <source>No bookings match these dates and filters.</source>
        <translation>Azikho izibhukhi ezifana nalezi zinsuku nalezi zihlungi.</translation>
    </message>
    <message>
        <source>Failed reminders</source>
        <translation>Izikhumbuzo ezehlulekile</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Kusukela ngosuku</translation>
    </message>
    <message>
        <source>Show appointments starting on or after this day</source>
        <translation>Bonisa ama-aphoyintimenti aqala ngalolu suku noma ngemva kwalo</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Kuze kube usuku</translation>
    </message>
    <message>
        <source>Show appointments starting on or before this day</source>
        <translation>Bonisa ama-aphoyintimenti aqala ngalolu suku noma ngaphambi kwalo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Kusukela</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ku&amp;ya</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ilungu labasebenzi</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s appointments</source>
        <translation>Ama-aphoyintimenti aleli lungu labasebenzi kuphela</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Bonke abasebenzi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>Only appointments with this status</source>
        <translation>Ama-aphoyintimenti analesi simo kuphela</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Zonke izimo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Only appointments for this service</source>
        <translation>Ama-aphoyintimenti ale nsizakalo kuphela</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Zonke izinsizakalo</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Kubhukwe nge-</translation>
    </message>
    <message>
        <source>Only appointments booked through this channel</source>
        <translation>Ama-aphoyintimenti abhukwe ngale ndlela kuphela</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Yonke imithombo</translation>
    </message>
    <message>
        <source>Only bookings whose 24-hour or 2-hour reminder could not be delivered, to call or message those customers yourself</source>
        <translation>Ukubhuka kuphela okunesikhumbuzo samahora angu-24 noma angu-2 esingakwazanga ukufika, ukuze ushayele noma uthumelele lawo makhasimende umlayezo ngokwakho</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Sesha ikhasimende</translation>
    </message>
    <message>
        <source>Customer name, e-mail or phone</source>
        <translation>Igama lekhasimende, i-imeyili noma ifoni</translation>
    </message>
    <message>
        <source>Only appointments of customers whose name, e-mail or phone number matches</source>
        <translation>Ama-aphoyintimenti amakhasimende kuphela anegama, i-imeyili noma inombolo yefoni efanayo</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Inani lama-aphoyintimenti</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Ama-aphoyintimenti</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>I-aphoyintimenti engu-1</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>Ama-aphoyintimenti angu-%1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPane</name>
    <message>
        <source>Day</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>Day view: one column per staff member</source>
        <translation>Ukubuka kosuku: ikholomu eyodwa ngelungu labasebenzi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Isonto</translation>
    </message>
    <message>
        <source>Week view: one column per day</source>
        <translation>Ukubuka kwesonto: ikholomu eyodwa ngosuku</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Uhlu</translation>
    </message>
    <message>
        <source>List view: filter and sort appointments</source>
        <translation>Ukubuka kohlu: hlunga futhi uhlele ama-aphoyintimenti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Namuhla</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Iya kunamuhla (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Usuku noma isonto elidlule (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Usuku noma isonto elilandelayo (Alt+Right)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Usuku olubonisiwe</translation>
    </message>
    <message>
        <source>The day shown; click the arrow for a calendar</source>
        <translation>Usuku olubonisiwe; chofoza umcibisholo ukuze uthole ikhalenda</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Isifinyezo sosuku</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>I-aphoyintimenti entsha</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Bhuka i-aphoyintimenti (Ctrl+N)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ongabhukile</translation>
    </message>
    <message>
        <source>Book a walk-in starting now (Ctrl+W)</source>
        <translation>Bhukela ongabhukile eqala manje (Ctrl+W)</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>Isonto likabani</translation>
    </message>
    <message>
        <source>Show the week of one staff member or of everyone</source>
        <translation>Bonisa isonto lelungu elilodwa labasebenzi noma lawo wonke umuntu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wonke umuntu</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Abasebenzi…</translation>
    </message>
    <message>
        <source>Choose and order the staff columns</source>
        <translation>Khetha futhi uhlele amakholomu abasebenzi</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Khipha…</translation>
    </message>
    <message>
        <source>Save appointments to a file</source>
        <translation>Londoloza ama-aphoyintimenti efayeleni</translation>
    </message>
    <message>
        <source>This day as calendar file (.ics)…</source>
        <translation>Lolu suku njengefayela lekhalenda (.ics)…</translation>
    </message>
    <message>
        <source>This list as CSV…</source>
        <translation>Lolu hlu njenge-CSV…</translation>
    </message>
    <message>
        <source>Print the day sheet…</source>
        <translation>Phrinta ishidi losuku…</translation>
    </message>
    <message>
        <source>The day sheet as PDF…</source>
        <translation>Ishidi losuku njenge-PDF…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Umlayezo</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Vala umlayezo</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>I-aphoyintimenti entsha…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Ongabhukile…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Qinisekisa</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ufikile</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Qala insizakalo</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Qeda</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Akafikanga</translation>
    </message>
    <message>
        <source>Let the customer know</source>
        <translation>Yazisa ikhasimende</translation>
    </message>
    <message>
        <source>Confirming or marking a no-show also sends the customer a message</source>
        <translation>Ukuqinisekisa noma ukumaka ukuthi akafikanga kuthumela nomlayezo ekhasimendeni</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Khansela…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Shintsha isikhathi…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Imininingwane…</translation>
    </message>
    <message>
        <source>Read-only: sign in to change bookings</source>
        <translation>Ukufunda kuphela: ngena ukuze ushintshe ukubhuka</translation>
    </message>
    <message>
        <source>This booking can no longer be changed</source>
        <translation>Lokhu kubhuka akusakwazi ukushintshwa</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>Ukubhuka oku-1</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>Ukubhuka okungu-%1</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n elindele ukuqinisekiswa</numerusform>
            <numerusform>%n alindele ukuqinisekiswa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ikhanseliwe</numerusform>
            <numerusform>%n akhanseliwe</numerusform>
        </translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>Ongafikanga o-1</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>Abangafikanga abangu-%1</translation>
    </message>
    <message>
        <source>Everyone (a page each)</source>
        <translation>Wonke umuntu (ikhasi ngalinye)</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Ishidi losuku</translation>
    </message>
    <message>
        <source>Whose day sheet?</source>
        <translation>Ishidi losuku likabani?</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Londoloza ishidi losuku njenge-PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Amafayela e-PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Ishidi losuku %1</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Khipha uhlu njenge-CSV</translation>
    </message>
    <message>
        <source>Export the day as a calendar file</source>
        <translation>Khipha usuku njengefayela lekhalenda</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Amafayela e-CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Amafayela ekhalenda (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to %1.</source>
        <translation>
            <numerusform>Kulondolozwe i-aphoyintimenti engu-%n ku-%1.</numerusform>
            <numerusform>Kulondolozwe ama-aphoyintimenti angu-%n ku-%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ubani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Yini</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Irekhodi</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>No changes match these filters.</source>
        <translation>Azikho izinguquko ezifana nalezi zihlungi.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Umuntu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wonke umuntu</translation>
    </message>
    <message>
        <source>Automatic (no person)</source>
        <translation>Okuzenzakalelayo (akekho muntu)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Uhlobo loshintsho</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Zonke izinhlobo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Khipha i-CSV…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ubani</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uhlobo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kusukela</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kuya</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>Inguquko e-1</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>Izinguquko ezingu-%1</translation>
    </message>
    <message>
        <source>Only an owner can read the audit log.</source>
        <translation>Umnikazi kuphela ongafunda umlando wezinguquko.</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>umlando-wezinguquko-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Khipha umlando wezinguquko</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Amafayela e-CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Iyakhipha…</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Kukhishwe %1 ku-%2.</translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>The sign-in service sent an answer Chairside cannot read.</source>
        <translation>Isevisi yokungena ithumele impendulo i-Chairside engakwazi ukuyifunda.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts in a short time; wait a minute and try again.</source>
        <translation>Kuzanywe ukungena kaningi ngesikhathi esifushane; linda umzuzu bese uzama futhi.</translation>
    </message>
    <message>
        <source>The sign-in service has a problem (HTTP %1); try again in a few minutes.</source>
        <translation>Isevisi yokungena inenkinga (HTTP %1); zama futhi emizuzwini embalwa.</translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again.</source>
        <translation>Isevisi yokungena imatasa; zama futhi.</translation>
    </message>
    <message>
        <source>The backend refused the app&apos;s anon key; check the backend settings.</source>
        <translation>Iseva yenqabe ukhiye we-anon wohlelo; hlola izilungiselelo zeseva.</translation>
    </message>
    <message>
        <source>This e-mail address has not been confirmed yet; open the link in the invitation e-mail first.</source>
        <translation>Leli kheli le-imeyili alikaqinisekiswa; qala uvule isixhumanisi esikwi-imeyili yesimemo.</translation>
    </message>
    <message>
        <source>This account is blocked; ask the salon owner to unblock it.</source>
        <translation>Le akhawunti ivinjiwe; cela umnikazi wesaluni ayivule.</translation>
    </message>
    <message>
        <source>Signing in with e-mail and password is turned off for this salon.</source>
        <translation>Ukungena nge-imeyili nephasiwedi kuvaliwe kule saluni.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>I-imeyili noma iphasiwedi ayilungile.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was signed out elsewhere or expired). Please sign in again.</source>
        <translation>Ukungena kwakho kuphelile (kuphunywe kwenye indawo noma kuphelelwe isikhathi). Sicela ungene futhi.</translation>
    </message>
    <message>
        <source>The server could not end the session (HTTP %1).</source>
        <translation>Iseva ayikwazanga ukuqeda iseshini (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>BackendConfig</name>
    <message>
        <source>No backend address is set.</source>
        <translation>Alikho ikheli leseva elisethiwe.</translation>
    </message>
    <message>
        <source>The backend address is not a valid web address.</source>
        <translation>Ikheli leseva akulona ikheli lewebhu elivumelekile.</translation>
    </message>
    <message>
        <source>The backend address must start with https://; unencrypted connections are not allowed.</source>
        <translation>Ikheli leseva kufanele liqale ngo-https://; ukuxhumana okungabethelwe akuvumelekile.</translation>
    </message>
    <message>
        <source>The backend address has no host name.</source>
        <translation>Ikheli leseva alinalo igama lomsingathi.</translation>
    </message>
    <message>
        <source>The backend address must be a plain https:// address without a user name, query or fragment.</source>
        <translation>Ikheli leseva kufanele libe ikheli elilula le-https:// elingenalo igama lomsebenzisi, umbuzo noma ingxenye (fragment).</translation>
    </message>
    <message>
        <source>The project&apos;s anon key is missing.</source>
        <translation>Ukhiye we-anon wephrojekthi awukho.</translation>
    </message>
    <message>
        <source>This is the project&apos;s secret key. Chairside never holds a secret key: enter the publishable (anon) key instead, and replace the secret key if it was shared.</source>
        <translation>Lona ngukhiye oyimfihlo wephrojekthi. I-Chairside ayilokothi igcine ukhiye oyimfihlo: faka ukhiye osobala (anon) esikhundleni sawo, futhi ushintshe ukhiye oyimfihlo uma wabelwe abanye.</translation>
    </message>
    <message>
        <source>The anon key is not recognised: it should be the project&apos;s anon key (a long text in three parts separated by dots) or a key starting with sb_publishable_.</source>
        <translation>Ukhiye we-anon awaziwa: kufanele kube ngukhiye we-anon wephrojekthi (umbhalo omude onezingxenye ezintathu ezihlukaniswe ngamachashazi) noma ukhiye oqala ngo-sb_publishable_.</translation>
    </message>
    <message>
        <source>This key has the role &quot;%1&quot;, not anon. Chairside only holds the anon key; a key with more rights, such as the service-role key, must never be on a desk: enter the anon key instead, and rotate this one if it was shared.</source>
        <translation>Lo khiye unendima ethi &quot;%1&quot;, hhayi i-anon. I-Chairside igcina ukhiye we-anon kuphela; ukhiye onamalungelo amaningi, njengokhiye we-service-role, akumele neze ube sedeskini: faka ukhiye we-anon esikhundleni sawo, futhi ushintshe lo uma wabelwe abanye.</translation>
    </message>
</context>
<context>
    <name>BusinessPane</name>
    <message>
        <source>Upcoming appointments</source>
        <translation>Ama-aphoyintimenti azayo</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Londoloza noma kunjalo</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ungalondolozi</translation>
    </message>
    <message>
        <source>Business settings</source>
        <translation>Izilungiselelo zebhizinisi</translation>
    </message>
    <message>
        <source>How %1 runs: the profile, who works when, what is offered at what price, how loyalty earns and which reminders clients get. Changes are checked by the server and recorded in the audit log.</source>
        <translation>Indlela %1 esebenza ngayo: iphrofayili, ubani osebenza nini, yini enikezwayo ngaliphi intengo, amaphoyinti okwethembeka atholakala kanjani nokuthi amakhasimende athola yiziphi izikhumbuzo. Izinguquko zihlolwa yiseva futhi zirekhodwa emlandweni wezinguquko.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Iphrofayili</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Abasebenzi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Izinsizakalo</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Ukwethembeka</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Izikhumbuzo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Umlando wezinguquko</translation>
    </message>
    <message>
        <source>The server refused a change</source>
        <translation>Iseva yenqabe inguquko</translation>
    </message>
    <message>
        <source>%1: %2

The change was taken back on this computer.</source>
        <translation>%1: %2

Inguquko ihoxisiwe kule khompyutha.</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>Chairside found its local copy damaged but could not set it aside (%1). Close other programs using it and start Chairside again.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele kodwa ayikwazanga ukuyibekela eceleni (%1). Vala ezinye izinhlelo eziyisebenzisayo bese uqala i-Chairside futhi.</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>&amp;Let the customer know (by their preferred channel)</source>
        <translation>&amp;Yazisa ikhasimende (ngendlela alithandayo)</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Khansela i-aphoyintimenti</translation>
    </message>
    <message>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Khansela &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Isizathu (siyadingeka):</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Isizathu sokukhansela</translation>
    </message>
    <message>
        <source>e.g. Customer called, unwell</source>
        <translation>isib. Ikhasimende lifonile, aliphilile</translation>
    </message>
    <message>
        <source>Queues a message to the customer saying the booking is cancelled</source>
        <translation>Ifaka emgqeni umlayezo otshela ikhasimende ukuthi ukubhuka kukhanseliwe</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Gcina i-aphoyintimenti</translation>
    </message>
</context>
<context>
    <name>Chairside</name>
    <message>
        <source>Chairside — the front-desk console for salons and clinics.
Without a configured backend it opens a generated demo salon stored locally.</source>
        <translation>I-Chairside — ikhonsoli yedeski langaphambili lamasaluni nemitholampilo.
Uma ingenayo iseva emisiwe, ivula isaluni yesibonelo ekhiqizwe yagcinwa kule khompyutha.</translation>
    </message>
    <message>
        <source>Keep the local store and settings in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>Gcina isitolo sendawo nezilungiselelo ku-&lt;dir&gt; esikhundleni sefolda yedatha yomsebenzisi.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Grow the demo salon &lt;n&gt; times (1 to 100; default 1).</source>
        <translation>Khulisa isaluni yesibonelo izikhathi ezingu-&lt;n&gt; (1 kuya ku-100; okuzenzakalelayo ngu-1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Demo salon region: za (Cape Town, ZAR) or th (Bangkok, THB); default za.</source>
        <translation>Isifunda sesaluni yesibonelo: za (eKapa, ZAR) noma th (eBangkok, THB); okuzenzakalelayo ngu-za.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>Generate the demo salon as of &lt;date&gt; (YYYY-MM-DD) instead of today.</source>
        <translation>Khiqiza isaluni yesibonelo njengoba injalo ngo-&lt;date&gt; (YYYY-MM-DD) esikhundleni sanamuhla.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; and exit (works with -platform offscreen).</source>
        <translation>Dweba iwindi eliyinhloko kufayela le-PNG &lt;file&gt; bese uphuma (kusebenza uma usebenzisa -platform offscreen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The pane to show: %1.</source>
        <translation>Iphaneli ozoyibonisa: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sync: one push and pull, then exit (the default).</source>
        <translation>sync: ukuthumela nokulanda kanye, bese kuphuma (okuzenzakalelayo).</translation>
    </message>
    <message>
        <source>sync: keep syncing until stopped.</source>
        <translation>sync: qhubeka uvumelanisa kuze kumiswe.</translation>
    </message>
    <message>
        <source>sync --watch: look for changes at least every &lt;seconds&gt; (default 30).</source>
        <translation>sync --watch: hlola izinguquko okungenani njalo ngemizuzwana engu-&lt;seconds&gt; (okuzenzakalelayo ngu-30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>status, report: print JSON instead of text.</source>
        <translation>status, report: phrinta i-JSON esikhundleni sombhalo.</translation>
    </message>
    <message>
        <source>status: compare row counts and versions of the local copy with the server.</source>
        <translation>status: qhathanisa inani lemigqa nezinguqulo zekhophi yendawo naleyo yeseva.</translation>
    </message>
    <message>
        <source>login: the e-mail address to sign in with.</source>
        <translation>login: ikheli le-imeyili ozongena ngalo.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>login: read the password from the first line of standard input.</source>
        <translation>login: funda iphasiwedi emugqeni wokuqala we-standard input.</translation>
    </message>
    <message>
        <source>login: the salon&apos;s Supabase project URL (https://...), saved in the settings.</source>
        <translation>login: i-URL yephrojekthi ye-Supabase yesaluni (https://...), igcinwa ezilungiselelweni.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>login: the project&apos;s public anon key.</source>
        <translation>login: ukhiye osobala we-anon wephrojekthi.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>login: a PEM file with the certificate authority of a self-hosted backend.</source>
        <translation>login: ifayela le-PEM eline-certificate authority yeseva ezisingathayo.</translation>
    </message>
    <message>
        <source>export: the day (YYYY-MM-DD) whose appointments to write.</source>
        <translation>export: usuku (YYYY-MM-DD) ama-aphoyintimenti alo azobhalwa.</translation>
    </message>
    <message>
        <source>export, report: the first day (YYYY-MM-DD) of a range.</source>
        <translation>export, report: usuku lokuqala (YYYY-MM-DD) lwebanga.</translation>
    </message>
    <message>
        <source>export, report: the last day (YYYY-MM-DD) of a range, included.</source>
        <translation>export, report: usuku lokugcina (YYYY-MM-DD) lwebanga, luhlanganisiwe.</translation>
    </message>
    <message>
        <source>export: only the appointments of the staff member with this display name.</source>
        <translation>export: ama-aphoyintimenti elungu labasebenzi elinaleli gama eliboniswayo kuphela.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: ifayela elizobhalwa.</translation>
    </message>
    <message>
        <source>Optional: sync, status, login, logout, export (ics or csv) or report run without a window.</source>
        <translation>Okungaphoqelekile: sync, status, login, logout, export (ics noma csv) noma report kusebenza ngaphandle kwewindi.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Ingxabano engalindelekile: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use sync, status, login, logout, export or report.</source>
        <translation>Umyalo &quot;%1&quot; awaziwa; sebenzisa u-sync, status, login, logout, export noma report.</translation>
    </message>
    <message>
        <source>--once and --watch go with the sync command.</source>
        <translation>--once no --watch kuhamba nomyalo we-sync.</translation>
    </message>
    <message>
        <source>--poll goes with sync --watch.</source>
        <translation>--poll uhamba no-sync --watch.</translation>
    </message>
    <message>
        <source>--poll takes a number of seconds from 0.1 to 3600.</source>
        <translation>--poll uthatha inani lemizuzwana kusukela ku-0.1 kuya ku-3600.</translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation>Khetha --once noma --watch, hhayi kokubili.</translation>
    </message>
    <message>
        <source>--json and --audit go with the status command (--json with report).</source>
        <translation>--json no --audit kuhamba nomyalo we-status (--json futhi ne-report).</translation>
    </message>
    <message>
        <source>--%1 goes with the login command.</source>
        <translation>--%1 uhamba nomyalo we-login.</translation>
    </message>
    <message>
        <source>--%1 goes with the export command.</source>
        <translation>--%1 uhamba nomyalo we-export.</translation>
    </message>
    <message>
        <source>export needs a format: export ics or export csv.</source>
        <translation>I-export idinga ifomethi: export ics noma export csv.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use ics or csv.</source>
        <translation>Ifomethi yokukhipha &quot;%1&quot; ayaziwa; sebenzisa ics noma csv.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 uthatha usuku olubhalwe ngokuthi YYYY-MM-DD, hhayi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Choose --day or --from and --to, not both.</source>
        <translation>Khetha --day noma --from no --to, hhayi kokubili.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to akumele abe ngaphambi kuka --from.</translation>
    </message>
    <message>
        <source>export needs --day, or --from and --to.</source>
        <translation>I-export idinga --day, noma --from no --to.</translation>
    </message>
    <message>
        <source>export needs -o with the file to write.</source>
        <translation>I-export idinga -o nefayela okuzobhalwa kulo.</translation>
    </message>
    <message>
        <source>report needs --from and --to.</source>
        <translation>I-report idinga --from no --to.</translation>
    </message>
    <message>
        <source>report covers at most ten years at a time.</source>
        <translation>I-report ihlanganisa iminyaka eyishumi kuphela ngesikhathi esisodwa.</translation>
    </message>
    <message>
        <source>login needs --email.</source>
        <translation>I-login idinga --email.</translation>
    </message>
    <message>
        <source>--demo-scale takes a whole number from 1 to 100.</source>
        <translation>--demo-scale uthatha inombolo ephelele kusukela ku-1 kuya ku-100.</translation>
    </message>
    <message>
        <source>--demo-region takes za or th.</source>
        <translation>--demo-region uthatha u-za noma u-th.</translation>
    </message>
    <message>
        <source>--demo-date takes a date written YYYY-MM-DD.</source>
        <translation>--demo-date uthatha usuku olubhalwe ngokuthi YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown pane &quot;%1&quot;; use one of: %2.</source>
        <translation>Iphaneli &quot;%1&quot; ayaziwa; sebenzisa eyodwa kwalezi: %2.</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG file; give a name ending in .png.</source>
        <translation>--screenshot ubhala ifayela le-PNG; nikeza igama eliphela ngo-.png.</translation>
    </message>
    <message>
        <source>Nobody is signed in; run `chairside login` first.</source>
        <translation>Akekho ongenile; qala ngokusebenzisa `chairside login`.</translation>
    </message>
    <message>
        <source>There is no local copy of this account yet; run `chairside sync` first.</source>
        <translation>Ayikabikho ikhophi yale akhawunti kule khompyutha; qala ngokusebenzisa `chairside sync`.</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Isitolo sendawo asikwazi ukuvulwa.</translation>
    </message>
    <message>
        <source>The local copy holds no business for this account yet; run `chairside sync` first.</source>
        <translation>Ikhophi ekule khompyutha ayikabi nebhizinisi lale akhawunti; qala ngokusebenzisa `chairside sync`.</translation>
    </message>
    <message>
        <source>Wrote %1 appointments to %2</source>
        <translation>Kubhalwe ama-aphoyintimenti angu-%1 ku-%2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Iphasiwedi: </translation>
    </message>
    <message>
        <source>synced: %1 rows pulled, %2 edits pending, %3 sync issues</source>
        <translation>kuvumelanisiwe: kulandwe imigqa engu-%1, izinguquko ezingu-%2 zisalindile, izinkinga zokuvumelanisa ezingu-%3</translation>
    </message>
    <message>
        <source>not synced: %1 (%2 edits pending, %3 sync issues)</source>
        <translation>akuvumelanisiwe: %1 (izinguquko ezingu-%2 zisalindile, izinkinga zokuvumelanisa ezingu-%3)</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 days), compared with %5 to %6
</source>
        <translation>%1: %2 kuya ku-%3 (izinsuku ezingu-%4), kuqhathaniswa no-%5 kuya ku-%6
</translation>
    </message>
    <message>
        <source>previous %1</source>
        <translation>okwedlule %1</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; 1 unsent edit was kept and will be sent.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele, yayibekela eceleni njengo-%1, futhi izolanda konke futhi; inguquko engu-1 engakathunyelwa igciniwe futhi izothunyelwa.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; %2 unsent edits were kept and will be sent.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele, yayibekela eceleni njengo-%1, futhi izolanda konke futhi; izinguquko ezingu-%2 ezingakathunyelwa zigciniwe futhi zizothunyelwa.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; unsent edits kept and to be sent: %2; edits that could not be read and may need to be made again: %3.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele, yayibekela eceleni njengo-%1, futhi izolanda konke futhi; izinguquko ezingakathunyelwa ezigciniwe nezizothunyelwa: %2; izinguquko ezingakwazanga ukufundwa futhi okungenzeka kudingeke ziphinde zenziwe: %3.</translation>
    </message>
    <message>
        <source>some</source>
        <translation>ezinye</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; edits not yet sent from this computer could not be read and may need to be made again.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele, yayibekela eceleni njengo-%1, futhi izolanda konke futhi; izinguquko ezingakathunyelwa kule khompyutha azikwazanga ukufundwa futhi kungenzeka kudingeke ziphinde zenziwe.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; there were no unsent edits.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele, yayibekela eceleni njengo-%1, futhi izolanda konke futhi; zazingekho izinguquko ezingakathunyelwa.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Inguquko ayikwazanga ukulondolozwa kule khompyutha.</translation>
    </message>
    <message>
        <source>Chairside does not keep &quot;%1&quot; on this computer.</source>
        <translation>I-Chairside ayigcini u-&quot;%1&quot; kule khompyutha.</translation>
    </message>
    <message>
        <source>The server sent a row without an id.</source>
        <translation>Iseva ithumele umugqa ongenayo i-id.</translation>
    </message>
    <message>
        <source>The server&apos;s changes name a table Chairside does not know (%1).</source>
        <translation>Izinguquko zeseva zibala ithebula i-Chairside engalazi (%1).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (%1) for this run, whatever the settings say.</source>
        <translation>Sebenzisa ulimi &lt;code&gt; (%1) kulokhu kusebenza, noma ngabe izilungiselelo zithini.</translation>
    </message>
    <message>
        <source>Use dark colours for this run, as on a dark desktop theme (for screenshots).</source>
        <translation>Sebenzisa imibala emnyama kulokhu kusebenza, njengetimu yedeskithophu emnyama (yezithombe-skrini).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang uthatha okukodwa kwalokhu: %1, hhayi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Chairside could not write %1: %2</source>
        <translation>I-Chairside ayikwazanga ukubhala i-%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ubani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Yini</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Irekhodi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Isenzo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Ithebula</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>I-id yerekhodi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>lutho</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>i-imeyili</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>2 h</source>
        <translation>2 h</translation>
    </message>
    <message>
        <source>on</source>
        <translation>kuvuliwe</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kuvaliwe</translation>
    </message>
    <message>
        <source>quiet hours from %1</source>
        <translation>amahora okuthula kusukela ngo-%1</translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation>amahora okuthula kuze kube ngu-%1</translation>
    </message>
    <message>
        <source>threshold %1 points</source>
        <translation>umkhawulo amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>cost %1 points</source>
        <translation>intengo amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>perks %1</source>
        <translation>izinzuzo %1</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>igama %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>izinga %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>iyasebenza</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ayisebenzi</translation>
    </message>
    <message>
        <source>one point per %1 spent</source>
        <translation>iphoyinti elilodwa nge-%1 esetshenzisiwe</translation>
    </message>
    <message>
        <source>points never expire</source>
        <translation>amaphoyinti awaphelelwa yisikhathi</translation>
    </message>
    <message>
        <source>points expire after %1 months</source>
        <translation>amaphoyinti aphelelwa yisikhathi ngemva kwezinyanga ezingu-%1</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>intengo %1</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 imiz</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>kubuyisiwe</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>kususiwe</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>indima %1</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>umbala %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yebo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>cha</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>Iphoyinti eli-1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>Amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>no quiet hours</source>
        <translation>awekho amahora okuthula</translation>
    </message>
    <message>
        <source>quiet hours %1–%2</source>
        <translation>amahora okuthula %1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earned %1</source>
        <translation>Kutholwe: %1</translation>
    </message>
    <message>
        <source>Awarded %1</source>
        <translation>Kunikezwe: %1</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>Kushintshanisiwe: %1</translation>
    </message>
    <message>
        <source>Adjusted points by %1</source>
        <translation>Kulungiswe amaphoyinti ngo-%1</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>Kuphelelwe yisikhathi: %1</translation>
    </message>
    <message>
        <source>The assistant handed a conversation to the desk</source>
        <translation>Umsizi udlulisele ingxoxo edeskini</translation>
    </message>
    <message>
        <source>Took over the conversation</source>
        <translation>Uthathe ingxoxo</translation>
    </message>
    <message>
        <source>Handed the conversation back</source>
        <translation>Ubuyisele ingxoxo</translation>
    </message>
    <message>
        <source>Closed the conversation</source>
        <translation>Uvale ingxoxo</translation>
    </message>
    <message>
        <source>Closed the conversation (%1)</source>
        <translation>Uvale ingxoxo (%1)</translation>
    </message>
    <message>
        <source>Updated the conversation&apos;s handoff</source>
        <translation>Ubuyekeze ingxoxo edluliselwe</translation>
    </message>
    <message>
        <source>Replied by %1</source>
        <translation>Uphendule nge-%1</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>Uthumele umlayezo</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s personal data</source>
        <translation>Usule imininingwane yomuntu siqu yekhasimende</translation>
    </message>
    <message>
        <source>Changed the business settings</source>
        <translation>Ushintshe izilungiselelo zebhizinisi</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Wengeze ilungu labasebenzi</translation>
    </message>
    <message>
        <source>Changed a staff member</source>
        <translation>Ushintshe ilungu labasebenzi</translation>
    </message>
    <message>
        <source>Added a service</source>
        <translation>Wengeze insizakalo</translation>
    </message>
    <message>
        <source>Changed a service</source>
        <translation>Ushintshe insizakalo</translation>
    </message>
    <message>
        <source>Changed working hours</source>
        <translation>Ushintshe amahora okusebenza</translation>
    </message>
    <message>
        <source>Added time off</source>
        <translation>Wengeze isikhathi sokungasebenzi</translation>
    </message>
    <message>
        <source>Changed time off</source>
        <translation>Ushintshe isikhathi sokungasebenzi</translation>
    </message>
    <message>
        <source>Added a loyalty tier</source>
        <translation>Wengeze isigaba sokwethembeka</translation>
    </message>
    <message>
        <source>Changed a loyalty tier</source>
        <translation>Ushintshe isigaba sokwethembeka</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Wengeze umklomelo</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>Ushintshe umklomelo</translation>
    </message>
    <message>
        <source>Changed the reminder rules</source>
        <translation>Ushintshe imithetho yezikhumbuzo</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Isigaba sokwethembeka</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Umklomelo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ilungu labasebenzi</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Amahora okusebenza</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Amahora okusebenza ka-%1</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Akekho emsebenzini</translation>
    </message>
    <message>
        <source>Time off of %1</source>
        <translation>Isikhathi sokungasebenzi sika-%1</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>Imithetho yezikhumbuzo</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Ibhizinisi</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>A conversation</source>
        <translation>Ingxoxo</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Ingxoxo no-%1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Okuzenzakalelayo</translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation>Owayesebenza nathi</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>Imithetho yokwethembeka</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Iphrofayili yebhizinisi</translation>
    </message>
    <message>
        <source>Staff and hours</source>
        <translation>Abasebenzi namahora</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Izinsizakalo</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Amaphoyinti okwethembeka</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Izingxoxo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Amakhasimende</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Isigaba %1: %2</translation>
    </message>
    <message>
        <source>These tier thresholds cannot be changed in one step; change one tier, save, then the next.</source>
        <translation>Le mikhawulo yezigaba ayikwazi ukushintshwa ngesinyathelo esisodwa; shintsha isigaba esisodwa, ulondoloze, bese kuba esilandelayo.</translation>
    </message>
    <message>
        <source>A new reward</source>
        <translation>Umklomelo omusha</translation>
    </message>
    <message>
        <source>this staff member</source>
        <translation>leli lungu labasebenzi</translation>
    </message>
    <message>
        <source>1 upcoming appointment</source>
        <translation>i-aphoyintimenti ezayo engu-1</translation>
    </message>
    <message>
        <source>%1 upcoming appointments</source>
        <translation>ama-aphoyintimenti azayo angu-%1</translation>
    </message>
    <message>
        <source>%1 of %2 would fall outside these hours (the first on %3 at %4).</source>
        <translation>Ku-%2, %1 kungawela ngaphandle kwala mahora (eyokuqala: %3 ngo-%4).</translation>
    </message>
    <message>
        <source>%1 of %2 would fall on a day off (the first on %3 at %4).</source>
        <translation>Ku-%2, %1 kungawela ngosuku lokungasebenzi (eyokuqala: %3 ngo-%4).</translation>
    </message>
    <message>
        <source>%1 of %2 would fall in this time off (the first on %3 at %4).</source>
        <translation>Ku-%2, %1 kungawela kulesi sikhathi sokungasebenzi (eyokuqala: %3 ngo-%4).</translation>
    </message>
    <message>
        <source>%1 of %2 would have nobody to do them (the first on %3 at %4).</source>
        <translation>Ku-%2, %1 kungahlala kungekho muntu ozokwenza (eyokuqala: %3 ngo-%4).</translation>
    </message>
    <message>
        <source>Change the reminder rules</source>
        <translation>Shintsha imithetho yezikhumbuzo</translation>
    </message>
    <message>
        <source>Add the loyalty tier “%1”</source>
        <translation>Engeza isigaba sokwethembeka “%1”</translation>
    </message>
    <message>
        <source>Remove the loyalty tier “%1”</source>
        <translation>Susa isigaba sokwethembeka “%1”</translation>
    </message>
    <message>
        <source>Change the loyalty tier “%1”</source>
        <translation>Shintsha isigaba sokwethembeka “%1”</translation>
    </message>
    <message>
        <source>Add the reward “%1”</source>
        <translation>Engeza umklomelo “%1”</translation>
    </message>
    <message>
        <source>Remove the reward “%1”</source>
        <translation>Susa umklomelo “%1”</translation>
    </message>
    <message>
        <source>Change the reward “%1”</source>
        <translation>Shintsha umklomelo “%1”</translation>
    </message>
    <message>
        <source>Change the business details</source>
        <translation>Shintsha imininingwane yebhizinisi</translation>
    </message>
    <message>
        <source>Add the service %1</source>
        <translation>Engeza insizakalo %1</translation>
    </message>
    <message>
        <source>Remove the service %1</source>
        <translation>Susa insizakalo %1</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>Shintsha intengo ye-%1</translation>
    </message>
    <message>
        <source>Change the service %1</source>
        <translation>Shintsha insizakalo %1</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Engeza u-%1 eqenjini</translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation>Shintsha imininingwane ka-%1</translation>
    </message>
    <message>
        <source>Set %1&apos;s hours on %2</source>
        <translation>Setha amahora ka-%1 ngo-%2</translation>
    </message>
    <message>
        <source>Change time off</source>
        <translation>Shintsha isikhathi sokungasebenzi</translation>
    </message>
    <message>
        <source>Set time off for %1</source>
        <translation>Setha isikhathi sokungasebenzi sika-%1</translation>
    </message>
    <message>
        <source>Merged a duplicate record into this customer</source>
        <translation>Uhlanganise irekhodi eliphindiwe naleli khasimende</translation>
    </message>
    <message>
        <source>Took a service off the list</source>
        <translation>Ukhiphe insizakalo ohlwini</translation>
    </message>
    <message>
        <source>Took %1 off the list</source>
        <translation>Ukhiphe %1 ohlwini</translation>
    </message>
    <message>
        <source>Added a service to the list</source>
        <translation>Wengeze insizakalo ohlwini</translation>
    </message>
    <message>
        <source>Added %1 to the list</source>
        <translation>Wengeze %1 ohlwini</translation>
    </message>
    <message>
        <source>Services of a staff member</source>
        <translation>Izinsizakalo zelungu labasebenzi</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Izinsizakalo zika-%1</translation>
    </message>
    <message>
        <source>Change who does which services</source>
        <translation>Shintsha ukuthi ubani wenza iziphi izinsizakalo</translation>
    </message>
    <message>
        <source>Let %1 do every service</source>
        <translation>Vumela u-%1 enze zonke izinsizakalo</translation>
    </message>
    <message>
        <source>Choose the services %1 does</source>
        <translation>Khetha izinsizakalo ezenziwa ngu-%1</translation>
    </message>
</context>
<context>
    <name>Chairside::Applier</name>
    <message>
        <source>This version of Chairside does not know how to make this change.</source>
        <translation>Lolu hlobo lwe-Chairside alwazi ukuthi lwenza kanjani lolu shintsho.</translation>
    </message>
    <message>
        <source>This staff member</source>
        <translation>Leli lungu labasebenzi</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 on %4.</source>
        <translation>U-%1 usebhukiwe kusukela ngo-%2 kuya ku-%3 ngo-%4.</translation>
    </message>
    <message>
        <source>The new appointment has no id.</source>
        <translation>I-aphoyintimenti entsha ayinayo i-id.</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>Leyo nsizakalo ayisekho.</translation>
    </message>
    <message>
        <source>That staff member is not known on this computer.</source>
        <translation>Lelo lungu labasebenzi alaziwa kule khompyutha.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Lelo khasimende alisekho.</translation>
    </message>
    <message>
        <source>A new appointment cannot start as &quot;%1&quot;.</source>
        <translation>I-aphoyintimenti entsha ayikwazi ukuqala isesimweni esithi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way an appointment can be booked.</source>
        <translation>&quot;%1&quot; akuyona indlela yokubhuka i-aphoyintimenti.</translation>
    </message>
    <message>
        <source>The appointment has no start time.</source>
        <translation>I-aphoyintimenti ayinaso isikhathi sokuqala.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Isikhathi sokuphela kufanele sibe ngemva kokuqala.</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Leyo aphoyintimenti ayisekho.</translation>
    </message>
    <message>
        <source>This appointment is already %1, so it can no longer be changed.</source>
        <translation>Le aphoyintimenti isivele isesimweni esithi %1, ngakho ayisakwazi ukushintshwa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment status.</source>
        <translation>&quot;%1&quot; akusona isimo se-aphoyintimenti.</translation>
    </message>
    <message>
        <source>An appointment that is %1 cannot become %2.</source>
        <translation>I-aphoyintimenti esesimweni esithi %1 ayikwazi ukuba isesimweni esithi %2.</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>Ikhasimende alinayo i-id.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ikhasimende lidinga igama.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Ikhasimende elisha lidinga igama.</translation>
    </message>
    <message>
        <source>This customer was deleted.</source>
        <translation>Leli khasimende lisusiwe.</translation>
    </message>
    <message>
        <source>Only admins and owners can erase a customer.</source>
        <translation>Abaphathi nabanikazi kuphela abangasula ikhasimende.</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>Le ngxoxo edluliselwe isixazululiwe.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Omunye umuntu</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>U-%1 useyibambile le ngxoxo.</translation>
    </message>
    <message>
        <source>Only admins and owners can work on handed-off conversations.</source>
        <translation>Abaphathi nabanikazi kuphela abangasebenza ezingxoxweni ezidluliselwe.</translation>
    </message>
    <message>
        <source>That handoff no longer exists.</source>
        <translation>Leyo ngxoxo edluliselwe ayisekho.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Impendulo idinga umbhalo.</translation>
    </message>
    <message>
        <source>That conversation is not known on this computer.</source>
        <translation>Leyo ngxoxo ayaziwa kule khompyutha.</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>Lowo mklomelo awusanikezwa.</translation>
    </message>
    <message>
        <source>Points must be a positive whole number.</source>
        <translation>Amaphoyinti kufanele abe yinombolo ephelele enhle (engaphezu kuka-0).</translation>
    </message>
    <message>
        <source>The customer has %1 points, so %2 cannot be taken off.</source>
        <translation>Ikhasimende linamaphoyinti angu-%1, ngakho angu-%2 awakwazi ukukhishwa.</translation>
    </message>
    <message>
        <source>That notification no longer exists.</source>
        <translation>Leso saziso asisekho.</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>elinye ikhasimende</translation>
    </message>
    <message>
        <source>%1 was merged into %2; make the change there.</source>
        <translation>U-%1 uhlanganiswe no-%2; yenza ushintsho lapho.</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers.</source>
        <translation>Abaphathi nabanikazi kuphela abangahlanganisa amakhasimende.</translation>
    </message>
    <message>
        <source>The merge does not name both customers.</source>
        <translation>Ukuhlanganisa akushongo womabili amakhasimende.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>Ikhasimende alikwazi ukuhlanganiswa nalo uqobo.</translation>
    </message>
    <message>
        <source>Customers of different businesses cannot be merged.</source>
        <translation>Amakhasimende amabhizinisi ahlukene awakwazi ukuhlanganiswa.</translation>
    </message>
    <message>
        <source>%1 was already merged into another customer.</source>
        <translation>U-%1 usevele uhlanganiswe nelinye ikhasimende.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer; merge into that one instead.</source>
        <translation>U-%1 uhlanganiswe nelinye ikhasimende; hlanganisa nalelo esikhundleni salokho.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>Ikhasimende elisusiwe alikwazi ukuhlanganiswa.</translation>
    </message>
    <message>
        <source>Someone else changed this customer first.</source>
        <translation>Omunye umuntu ushintshe leli khasimende kuqala.</translation>
    </message>
    <message>
        <source>Only owners can adjust a points balance by hand.</source>
        <translation>Abanikazi kuphela abangalungisa ibhalansi yamaphoyinti ngesandla.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Leli khasimende lisuliwe.</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentDetails</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>i-imeyili</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>Le aphoyintimenti ayisekho ekhophini ekule khompyutha.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Akuthunyelwanga</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Kusemgqeni</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>Kusemgqeni (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Kwehlulekile (%1)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Kwehlulekile (%1): %2</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Kuthunyelwe ngo-%1</translation>
    </message>
    <message>
        <source>Sent by %1 on %2</source>
        <translation>Kuthunyelwe ngu-%1 ngo-%2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Kubhukiwe</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Kubhukiwe (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Kuhanjisiwe kusuka ku-%1 kuya ku-%2</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Kuhanjisiwe</translation>
    </message>
    <message>
        <source>to another staff member</source>
        <translation>kwelinye ilungu labasebenzi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kususiwe</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Akukwazi ukubhala i-%1: %2.</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Abasebenzi: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Isimo: %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Kukhanseliwe ngoba: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Amanothi: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ukuqala</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ukuphela</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Abasebenzi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Umthombo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Intengo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Choose a valid day or range of days to export.</source>
        <translation>Khetha usuku noma izinsuku ezivumelekile ozozikhipha.</translation>
    </message>
    <message>
        <source>No staff member is called &quot;%1&quot;; the staff are: %2.</source>
        <translation>Alikho ilungu labasebenzi elibizwa ngokuthi &quot;%1&quot;; abasebenzi yilaba: %2.</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentPresentation</name>
    <message>
        <source>Requested</source>
        <translation>Kuceliwe</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Kuqinisekisiwe</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ufikile</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Uyasizwa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Kuqediwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Akafikanga</translation>
    </message>
</context>
<context>
    <name>Chairside::Database</name>
    <message numerus="yes">
        <source>The local data file failed its integrity check (%n problem(s) found).</source>
        <translation>
            <numerusform>Ifayela ledatha ekule khompyutha lehlulekile ekuhlolweni kobuqotho (kutholwe inkinga engu-%n).</numerusform>
            <numerusform>Ifayela ledatha ekule khompyutha lehlulekile ekuhlolweni kobuqotho (kutholwe izinkinga ezingu-%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DayScheduleModel</name>
    <message>
        <source>(no customer)</source>
        <translation>(alikho ikhasimende)</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Kule khompyutha: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Isizathu: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheet</name>
    <message>
        <source>Nobody works or is booked on this day.</source>
        <translation>Akekho osebenzayo noma obhukiwe ngalolu suku.</translation>
    </message>
    <message>
        <source>works %1–%2</source>
        <translation>usebenza %1–%2</translation>
    </message>
    <message>
        <source>break %1–%2</source>
        <translation>ikhefu %1–%2</translation>
    </message>
    <message>
        <source>not rostered</source>
        <translation>akahleliwe emsebenzini</translation>
    </message>
    <message>
        <source>away %1–%2 %3</source>
        <translation>akekho %1–%2 %3</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Akukho kubhuka.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Isikhathi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Intengo</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ongabhukile</translation>
    </message>
    <message>
        <source>Allergy / patch test: %1</source>
        <translation>Ukungezwani komzimba / ukuhlolwa kwesikhumba: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min processing</source>
        <translation>
            <numerusform>%n imiz yokulinda umkhiqizo</numerusform>
            <numerusform>%n imiz yokulinda umkhiqizo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) · expected %1</source>
        <translation>
            <numerusform>Ukubhuka okungu-%n · kulindeleke %1</numerusform>
            <numerusform>Ukubhuka okungu-%n · kulindeleke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheetPrinting</name>
    <message>
        <source>The day sheet could not be saved to %1: %2</source>
        <translation>Ishidi losuku alikwazanga ukulondolozwa ku-%1: %2</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Ishidi losuku</translation>
    </message>
</context>
<context>
    <name>Chairside::Describer</name>
    <message>
        <source>Move %1 appointment to %2</source>
        <translation>Hambisa i-aphoyintimenti %1 iye ku-%2</translation>
    </message>
    <message>
        <source>Cancel %1 appointment of %2</source>
        <translation>Khansela i-aphoyintimenti %1 yango-%2</translation>
    </message>
    <message>
        <source>Mark %1 appointment of %2 as %3</source>
        <translation>Maka i-aphoyintimenti %1 yango-%2 njengokuthi %3</translation>
    </message>
    <message>
        <source>Add the customer %1</source>
        <translation>Engeza ikhasimende %1</translation>
    </message>
    <message>
        <source>Update %1 details</source>
        <translation>Buyekeza imininingwane %1</translation>
    </message>
    <message>
        <source>Erase %1 personal data</source>
        <translation>Sula imininingwane yomuntu siqu %1</translation>
    </message>
    <message>
        <source>Mark “%1” as read</source>
        <translation>Maka “%1” njengokufundiwe</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>Chitha “%1”</translation>
    </message>
    <message>
        <source>a walk-in&apos;s</source>
        <translation>yomuntu ongabhukile</translation>
    </message>
    <message>
        <source>%1&apos;</source>
        <translation>ka-%1</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation>ka-%1</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>umuntu ongabhukile</translation>
    </message>
    <message>
        <source>Book %1 for %2 with %3 on %4</source>
        <translation>Bhuka: %1 · %2 no-%3 ngo-%4</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>ikhasimende</translation>
    </message>
    <message>
        <source>Take over the conversation with %1</source>
        <translation>Thatha ingxoxo: %1</translation>
    </message>
    <message>
        <source>Hand back the conversation with %1</source>
        <translation>Buyisela ingxoxo: %1</translation>
    </message>
    <message>
        <source>Close the conversation with %1 (%2)</source>
        <translation>Vala ingxoxo: %1 (%2)</translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation>Phendula %1: “%2”</translation>
    </message>
    <message>
        <source>Award %1 points to %2</source>
        <translation>Nikeza u-%2 amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>Adjust %1 points by %2</source>
        <translation>Lungisa amaphoyinti %1 ngo-%2</translation>
    </message>
    <message>
        <source>Redeem %1 points from %2</source>
        <translation>Shintshanisa amaphoyinti angu-%1 ka-%2</translation>
    </message>
    <message>
        <source>Redeem “%1” for %2</source>
        <translation>Shintshanisa “%1” ka-%2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Hlanganisa u-%1 no-%2</translation>
    </message>
</context>
<context>
    <name>Chairside::HeadlessRun</name>
    <message>
        <source>The system keychain did not keep the sign-in; the next start will ask for the password again.</source>
        <translation>I-keychain yesistimu ayikugcinanga ukungena; ngokuqala okulandelayo izocela iphasiwedi futhi.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Ayikho iphasiwedi enikeziwe.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Ungene njengo-%1 ku-%2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Awungenile.</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in was removed from the keychain.</source>
        <translation>Uphumile; ukungena okugciniwe kususiwe ku-keychain.</translation>
    </message>
    <message>
        <source>Signed out on this computer (the server was not told: %1).</source>
        <translation>Uphumile kule khompyutha (iseva ayitshelwanga: %1).</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;chairside login --email &lt;address&gt;&quot; first.</source>
        <translation>Awungenile. Qala ngokusebenzisa &quot;chairside login --email &lt;address&gt;&quot;.</translation>
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation>%1 Kuzozanywa futhi maduze.</translation>
    </message>
    <message>
        <source>The server would remove %1 of the %2 %3 records on this computer; nothing was removed. Open Chairside to confirm.</source>
        <translation>Iseva ingasusa amarekhodi angu-%1 kwangu-%2 e-%3 akule khompyutha; akukho okususiwe. Vula i-Chairside ukuze uqinisekise.</translation>
    </message>
    <message>
        <source>Not signed in; the desk uses the local store %1.</source>
        <translation>Awungenile; ideski lisebenzisa isitolo sendawo %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Ungene njengo-%1 ku-%2</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Ikhophi yendawo: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ukuvumelanisa kokugcina: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>akukaze</translation>
    </message>
    <message>
        <source>Edits waiting to be sent: %1</source>
        <translation>Izinguquko ezilinde ukuthunyelwa: %1</translation>
    </message>
    <message>
        <source>Sync issues: %1</source>
        <translation>Izinkinga zokuvumelanisa: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Inkinga yokugcina: %1</translation>
    </message>
    <message>
        <source>Audit: the local copy matches the server.</source>
        <translation>Ukuhlolwa: ikhophi yendawo iyafana neyeseva.</translation>
    </message>
    <message>
        <source>Audit: these tables differ from the server: %1</source>
        <translation>Ukuhlolwa: lawa mathebula ahlukile kwaseseva: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::LocalAuditTrail</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Inguquko ayikwazanga ukulondolozwa kule khompyutha.</translation>
    </message>
</context>
<context>
    <name>Chairside::Mutations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Bhuka i-aphoyintimenti</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Hambisa i-aphoyintimenti</translation>
    </message>
    <message>
        <source>Mark an appointment as %1</source>
        <translation>Maka i-aphoyintimenti njengokuthi %1</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Khansela i-aphoyintimenti</translation>
    </message>
    <message>
        <source>Save a customer&apos;s details</source>
        <translation>Londoloza imininingwane yekhasimende</translation>
    </message>
    <message>
        <source>Erase a customer&apos;s personal data</source>
        <translation>Sula imininingwane yomuntu siqu yekhasimende</translation>
    </message>
    <message>
        <source>Take over a handed-off conversation</source>
        <translation>Thatha ingxoxo edluliselwe</translation>
    </message>
    <message>
        <source>Hand back a conversation</source>
        <translation>Buyisela ingxoxo</translation>
    </message>
    <message>
        <source>Resolve a handed-off conversation</source>
        <translation>Xazulula ingxoxo edluliselwe</translation>
    </message>
    <message>
        <source>Reply to a customer</source>
        <translation>Phendula ikhasimende</translation>
    </message>
    <message>
        <source>Award 1 point</source>
        <translation>Nikeza iphoyinti eli-1</translation>
    </message>
    <message>
        <source>Award %1 points</source>
        <translation>Nikeza amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>Redeem a reward</source>
        <translation>Shintshanisa ngomklomelo</translation>
    </message>
    <message>
        <source>Redeem 1 point</source>
        <translation>Shintshanisa iphoyinti eli-1</translation>
    </message>
    <message>
        <source>Redeem %1 points</source>
        <translation>Shintshanisa amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>Adjust points by %1</source>
        <translation>Lungisa amaphoyinti ngo-%1</translation>
    </message>
    <message>
        <source>Mark a notification as read</source>
        <translation>Maka isaziso njengesifundiwe</translation>
    </message>
    <message>
        <source>Dismiss a notification</source>
        <translation>Chitha isaziso</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Inguquko (%1)</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Hlanganisa amakhasimende amabili</translation>
    </message>
</context>
<context>
    <name>Chairside::Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Kuphuthumile</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Phezulu</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Okujwayelekile</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Phansi</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>Umnikazi kuphela ongashintsha ukuhleleka kwebhizinisi.</translation>
    </message>
    <message>
        <source>The change names no tier.</source>
        <translation>Inguquko ayisho isigaba.</translation>
    </message>
    <message>
        <source>This tier was deleted.</source>
        <translation>Lesi sigaba sisusiwe.</translation>
    </message>
    <message>
        <source>The change names no reward.</source>
        <translation>Inguquko ayisho umklomelo.</translation>
    </message>
    <message>
        <source>This reward was deleted.</source>
        <translation>Lo mklomelo ususiwe.</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesChecks</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 kufanele kube yinombolo ephelele.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 kufanele kube phakathi kuka-%2 no-%3.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 akukwazi ukungabi nalutho.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 kungaba nezinhlamvu ezingafika ku-%2 kuphela.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; kufanele kube ngu-true noma ngu-false.</translation>
    </message>
    <message>
        <source>The tier&apos;s rank</source>
        <translation>Izinga lesigaba</translation>
    </message>
    <message>
        <source>The threshold</source>
        <translation>Umkhawulo</translation>
    </message>
    <message>
        <source>A new tier needs a rank and a threshold.</source>
        <translation>Isigaba esisha sidinga izinga nomkhawulo.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>The perks</source>
        <translation>Izinzuzo</translation>
    </message>
    <message>
        <source>The cost in points</source>
        <translation>Intengo ngamaphoyinti</translation>
    </message>
    <message>
        <source>A new reward needs a cost in points.</source>
        <translation>Umklomelo omusha udinga intengo ngamaphoyinti.</translation>
    </message>
    <message>
        <source>The start of quiet hours</source>
        <translation>Ukuqala kwamahora okuthula</translation>
    </message>
    <message>
        <source>The end of quiet hours</source>
        <translation>Ukuphela kwamahora okuthula</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end (or neither).</source>
        <translation>Amahora okuthula adinga isikhathi sokuqala nesokuphela esehlukile (noma angabi nakho kokubili).</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>Imali esetshenziswayo ngephoyinti</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>Ukuphelelwa kwamaphoyinti (izinyanga)</translation>
    </message>
    <message>
        <source>Two tiers cannot have the same rank (%1).</source>
        <translation>Izigaba ezimbili azikwazi ukuba nezinga elifanayo (%1).</translation>
    </message>
    <message>
        <source>Each tier needs more points than the tier below it.</source>
        <translation>Isigaba ngasinye sidinga amaphoyinti amaningi kunesigaba esingaphansi kwaso.</translation>
    </message>
</context>
<context>
    <name>Chairside::Screenshot</name>
    <message>
        <source>The window could not be drawn.</source>
        <translation>Iwindi alikwazanga ukudwetshwa.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Akukwazi ukubhala i-%1.</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>Umnikazi kuphela ongashintsha ukuhleleka kwebhizinisi.</translation>
    </message>
    <message>
        <source>Save again to keep the change anyway.</source>
        <translation>Londoloza futhi ukuze ugcine inguquko noma kunjalo.</translation>
    </message>
    <message>
        <source>The business is not known on this computer.</source>
        <translation>Ibhizinisi alaziwa kule khompyutha.</translation>
    </message>
    <message>
        <source>The service has no id.</source>
        <translation>Insizakalo ayinayo i-id.</translation>
    </message>
    <message>
        <source>This service was deleted.</source>
        <translation>Le nsizakalo isusiwe.</translation>
    </message>
    <message>
        <source>The staff member has no id.</source>
        <translation>Ilungu labasebenzi alinayo i-id.</translation>
    </message>
    <message>
        <source>This staff member was removed.</source>
        <translation>Leli lungu labasebenzi lisusiwe.</translation>
    </message>
    <message>
        <source>The business needs at least one active owner who can sign in.</source>
        <translation>Ibhizinisi lidinga okungenani umnikazi oyedwa osebenzayo ongakwazi ukungena.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Lelo lungu labasebenzi alisekho.</translation>
    </message>
    <message>
        <source>The time off has no id.</source>
        <translation>Isikhathi sokungasebenzi asinayo i-id.</translation>
    </message>
    <message>
        <source>This time off was deleted.</source>
        <translation>Lesi sikhathi sokungasebenzi sisusiwe.</translation>
    </message>
    <message>
        <source>That time off no longer exists.</source>
        <translation>Leso sikhathi sokungasebenzi asisekho.</translation>
    </message>
    <message>
        <source>A chosen service is not one of this business&apos;s services.</source>
        <translation>Insizakalo ekhethiwe akuyona eyaleli bhizinisi.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; was removed; choose the services again.</source>
        <translation>Insizakalo &quot;%1&quot; isusiwe; khetha izinsizakalo futhi.</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupRules</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 kufanele kube yinombolo ephelele.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 kufanele kube phakathi kuka-%2 no-%3.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 akukwazi ukungabi nalutho.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 kungaba nezinhlamvu ezingafika ku-%2 kuphela.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; kufanele kube ngu-true noma ngu-false.</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb.</source>
        <translation>Umbala ubhalwa ngokuthi #rrggbb.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>Lelo kheli le-imeyili alibukeki lilungile.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>Izoni yesikhathi</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>Uhlobo lwemali</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Ulimi</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Inombolo yefoni</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Ikheli</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>Imali esetshenziswayo ngephoyinti</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>Ukuphelelwa kwamaphoyinti (izinyanga)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use a name like Africa/Johannesburg).</source>
        <translation>&quot;%1&quot; akuyona izoni yesikhathi (sebenzisa igama elifana no-Africa/Johannesburg).</translation>
    </message>
    <message>
        <source>A currency is three letters, like ZAR or EUR.</source>
        <translation>Uhlobo lwemali luyizinhlamvu ezintathu, njenge-ZAR noma i-EUR.</translation>
    </message>
    <message>
        <source>A language is written like en, en-ZA or pt-PT.</source>
        <translation>Ulimi lubhalwa ngokuthi en, en-ZA noma pt-PT.</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>Uhlobo</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>Ubude besikhathi (imizuzu)</translation>
    </message>
    <message>
        <source>The processing time (minutes)</source>
        <translation>Isikhathi somkhiqizo (imizuzu)</translation>
    </message>
    <message>
        <source>The buffer (minutes)</source>
        <translation>Isikhathi sokuhlanza (imizuzu)</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Intengo</translation>
    </message>
    <message>
        <source>A new service needs a duration and a price.</source>
        <translation>Insizakalo entsha idinga ubude besikhathi nentengo.</translation>
    </message>
    <message>
        <source>A role is staff, admin or owner.</source>
        <translation>Indima ingu-staff, admin noma owner.</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Indawo ohlwini</translation>
    </message>
    <message>
        <source>The weekday</source>
        <translation>Usuku lwesonto</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Ukuqala</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Ukuphela</translation>
    </message>
    <message>
        <source>The break&apos;s start</source>
        <translation>Ukuqala kwekhefu</translation>
    </message>
    <message>
        <source>The break&apos;s end</source>
        <translation>Ukuphela kwekhefu</translation>
    </message>
    <message>
        <source>The change is missing &quot;weekday&quot;.</source>
        <translation>Inguquko ayinayo i-&quot;weekday&quot;.</translation>
    </message>
    <message>
        <source>Working hours need a start before their end.</source>
        <translation>Amahora okusebenza adinga ukuqala ngaphambi kokuphela.</translation>
    </message>
    <message>
        <source>A break needs a start and an end.</source>
        <translation>Ikhefu lidinga isikhathi sokuqala nesokuphela.</translation>
    </message>
    <message>
        <source>The break must lie inside the working hours.</source>
        <translation>Ikhefu kufanele libe phakathi kwamahora okusebenza.</translation>
    </message>
    <message>
        <source>Working hours are set in steps of 5 minutes.</source>
        <translation>Amahora okusebenza asethwa ngezinyathelo zemizuzu emi-5.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Isizathu</translation>
    </message>
    <message>
        <source>Time off needs a staff member, a start and an end.</source>
        <translation>Isikhathi sokungasebenzi sidinga ilungu labasebenzi, isikhathi sokuqala nesokuphela.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Isikhathi sokuphela kufanele sibe ngemva kokuqala.</translation>
    </message>
    <message>
        <source>Time off can be at most a year long.</source>
        <translation>Isikhathi sokungasebenzi asikwazi ukudlula unyaka owodwa.</translation>
    </message>
    <message>
        <source>The change is missing &quot;staff_id&quot;.</source>
        <translation>Inguquko ayinayo i-&quot;staff_id&quot;.</translation>
    </message>
    <message>
        <source>&quot;service_ids&quot; must be a list of service ids (an empty list: every service).</source>
        <translation>&quot;service_ids&quot; kumele kube uhlu lwama-id ezinsizakalo (uhlu olungenalutho: zonke izinsizakalo).</translation>
    </message>
    <message>
        <source>A staff member can have at most %1 services.</source>
        <translation>Ilungu labasebenzi lingaba nezinsizakalo ezingafika ku-%1.</translation>
    </message>
</context>
<context>
    <name>Chairside::Startup</name>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Isitolo sendawo asikwazi ukuvulwa.</translation>
    </message>
    <message>
        <source>The local store holds no business.</source>
        <translation>Isitolo sendawo asinalo ibhizinisi.</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1: the %2 highest of %3</source>
        <translation>%1: aba-%2 abaphezulu kwaba-%3</translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation>%1 — akukho lutho kulesi sikhathi</translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation>Ukubhuka ngosuku</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Lesi sikhathi</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Isikhathi esedlule</translation>
    </message>
    <message>
        <source>%1: %2 bookings</source>
        <translation>%1: ukubhuka okungu-%2</translation>
    </message>
    <message>
        <source>Same day of the previous period: %1</source>
        <translation>Usuku olufanayo lwesikhathi esedlule: %1</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>Imali engenile ngensizakalo</translation>
    </message>
    <message>
        <source>Revenue by service — no completed appointments yet</source>
        <translation>Imali engenile ngensizakalo — akukabi khona ama-aphoyintimenti aqediwe</translation>
    </message>
    <message>
        <source>%1
%2 from %3 completed appointments</source>
        <translation>%1
%2 kusuka kuma-aphoyintimenti aqediwe angu-%3</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>Imali engenile ngelungu labasebenzi</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>Ukusetshenziswa kwesikhathi ngelungu labasebenzi</translation>
    </message>
    <message>
        <source>%1
%2 % — %3 booked of %4 rostered hours</source>
        <translation>%1
%2 % — kubhukwe amahora angu-%3 kwangu-%4 ahleliwe</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>Ukushintshwa kwezikhathi nokukhansela ngesonto</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Isikhathi sishintshiwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>Week of %1
%2: %3</source>
        <translation>Isonto lika-%1
%2: %3</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>Abangafikanga ngosuku lwesonto nangehora</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59
%3 no-shows</source>
        <translation>%1 %2:00–%2:59
abangafikanga abangu-%3</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>Izingxoxo ezidluliselwe ngosuku ngomphumela</translation>
    </message>
    <message>
        <source>Handoffs per week by outcome</source>
        <translation>Izingxoxo ezidluliselwe ngesonto ngomphumela</translation>
    </message>
    <message>
        <source>7 days from %1</source>
        <translation>Izinsuku ezingu-7 kusukela ngo-%1</translation>
    </message>
    <message>
        <source>%1
%2: %3 handoffs</source>
        <translation>%1
%2: izingxoxo ezidluliselwe ezingu-%3</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>Amakhasimende ngesigaba sokwethembeka</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Amakhasimende</translation>
    </message>
    <message>
        <source>%1
%2 clients (%3 % of members)</source>
        <translation>%1
amakhasimende angu-%2 (%3 % wamalungu)</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>Bookings per day</source>
        <translation>Ukubhuka ngosuku</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>Imali engenile ngensizakalo</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>Imali engenile ngelungu labasebenzi</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>Ukusetshenziswa kwesikhathi ngelungu labasebenzi</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>Ukushintshwa kwezikhathi nokukhansela ngesonto</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>Abangafikanga ngosuku lwesonto nangehora</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>Izingxoxo ezidluliselwe ngosuku ngomphumela</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>Amakhasimende ngesigaba sokwethembeka</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Kubhukiwe</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Isikhathi sishintshiwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Kuphenduliwe</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Omunye umphumela</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Kusavuliwe</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Akakabi nasigaba</translation>
    </message>
</context>
<context>
    <name>CustomerAppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Nobani</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Intengo</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Okuzayo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ukuvakasha</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Abangafikanga</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Amaphoyinti</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Iyalayisha…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ikhasimende elingaziwa</translation>
    </message>
    <message>
        <source>This chat is not linked to a customer record.</source>
        <translation>Le ngxoxo ayixhunywanga erekhodini lekhasimende.</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Ayikho ifoni noma i-imeyili</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yebo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>cha</translation>
    </message>
    <message>
        <source>May message by WhatsApp: %1 · SMS: %2 · E-mail: %3</source>
        <translation>Angathunyelwa umlayezo nge-WhatsApp: %1 · SMS: %2 · I-imeyili: %3</translation>
    </message>
    <message>
        <source>Missed appointments without cancelling</source>
        <translation>Ama-aphoyintimenti angafikelwanga ngaphandle kokukhansela</translation>
    </message>
</context>
<context>
    <name>CustomerConversationsModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Ingxoxo yewebhu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Kuvuliwe</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>Kumuntu</translation>
    </message>
    <message>
        <source>Answered by the assistant</source>
        <translation>Kuphendulwe ngumsizi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kuvaliwe</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>Umlayezo ongu-%n</numerusform>
            <numerusform>Imilayezo engu-%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Umlayezo wokugcina</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Indlela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Isimo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Mayelana</translation>
    </message>
    <message>
        <source>The customer last said</source>
        <translation>Ikhasimende lagcina ukuthi</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Hlela u-%1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ikhasimende elisha</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Igama eliphelele</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ifoni</translation>
    </message>
    <message>
        <source>As the customer says it, e.g. 082 123 4567</source>
        <translation>Njengoba ikhasimende liyisho, isib. 082 123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>I-imeyili</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Only tick a channel the customer agreed to be reminded on</source>
        <translation>Khetha kuphela indlela ikhasimende elivumile ukukhunjuzwa ngayo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Allergies and patch tests</source>
        <translation>Ukungezwani komzimba nokuhlolwa kwesikhumba</translation>
    </message>
    <message>
        <source>e.g. Latex; patch test for colour on 2 March, clear</source>
        <translation>isib. I-latex; ukuhlolwa kwesikhumba kombala ngomhla ka-2 Mashi, akukho nkinga</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>I&amp;gama *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>I&amp;foni</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>I-i&amp;meyili</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Izikhumbuzo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ama&amp;nothi</translation>
    </message>
    <message>
        <source>&amp;Allergies / patch tests</source>
        <translation>&amp;Ukungezwani komzimba / ukuhlolwa kwesikhumba</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Kulondolozwe njengo-%1</translation>
    </message>
    <message>
        <source>%1 already has this phone number and e-mail address.</source>
        <translation>U-%1 usenayo le nombolo yefoni naleli kheli le-imeyili.</translation>
    </message>
    <message>
        <source>%1 already has this phone number (%2).</source>
        <translation>U-%1 usenayo le nombolo yefoni (%2).</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address (%2).</source>
        <translation>U-%1 usenalo leli kheli le-imeyili (%2).</translation>
    </message>
    <message numerus="yes">
        <source>So do %n other customer(s).</source>
        <translation>
            <numerusform>Kanjalo nelinye ikhasimende elingu-%n.</numerusform>
            <numerusform>Kanjalo namanye amakhasimende angu-%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the existing customer, or save again to keep both.</source>
        <translation>Vula ikhasimende elikhona, noma ulondoloze futhi ukuze ugcine womabili.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Vula u-%1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Londoloza noma kunjalo</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>Amakhasimende awakwazi ukushintshwa lapha.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Hl&amp;anganisa…</translation>
    </message>
    <message>
        <source>Merge the two records into one</source>
        <translation>Hlanganisa amarekhodi amabili abe munye</translation>
    </message>
    <message>
        <source>Open the existing customer, merge the two, or save again to keep both.</source>
        <translation>Vula ikhasimende elikhona, hlanganisa womabili, noma ulondoloze futhi ukuze ugcine womabili.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Akukwazi ukubhala i-%1: %2.</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>Leli khasimende alisekho ohlwini.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Faka igama lekhasimende.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Igama lide kakhulu (izinhlamvu ezingu-%1 kuphela).</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Inombolo yefoni ingaba nezinombolo, izikhala, amadeshi, abakaki kanye no-+ ekuqaleni kuphela.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +27 82 123 4567.</source>
        <translation>Qala inombolo ngo-+ nekhodi yezwe, isibonelo +27 82 123 4567.</translation>
    </message>
    <message>
        <source>This phone number is too short: check for a missing digit.</source>
        <translation>Le nombolo yefoni imfushane kakhulu: hlola ukuthi ayikho yini inombolo eshodayo.</translation>
    </message>
    <message>
        <source>This phone number is too long: check for an extra digit.</source>
        <translation>Le nombolo yefoni inde kakhulu: hlola ukuthi ayikho yini inombolo eyengeziwe.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Lokhu akubukeki njengekheli le-imeyili (name@example.com).</translation>
    </message>
    <message>
        <source>WhatsApp and SMS reminders need a phone number.</source>
        <translation>Izikhumbuzo ze-WhatsApp ne-SMS zidinga inombolo yefoni.</translation>
    </message>
    <message>
        <source>E-mail reminders need an e-mail address.</source>
        <translation>Izikhumbuzo ze-imeyili zidinga ikheli le-imeyili.</translation>
    </message>
    <message>
        <source>Notes can hold at most %1 characters.</source>
        <translation>Amanothi angaba nezinhlamvu ezingu-%1 kuphela.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>No completed visit yet</source>
        <translation>Akakabi nakuvakasha okuqediwe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ifoni</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Isigaba</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Amaphoyinti</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ukuvakasha kokugcina</translation>
    </message>
</context>
<context>
    <name>CustomerProfileWidget</name>
    <message>
        <source>No upcoming appointments.</source>
        <translation>Awekho ama-aphoyintimenti azayo.</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Awekho ama-aphoyintimenti okwamanje.</translation>
    </message>
    <message>
        <source>No points earned or spent yet.</source>
        <translation>Awekho amaphoyinti atholiwe noma asetshenzisiwe okwamanje.</translation>
    </message>
    <message>
        <source>No conversations with the assistant yet.</source>
        <translation>Azikho izingxoxo nomsizi okwamanje.</translation>
    </message>
    <message>
        <source>%1 reminders: allowed</source>
        <translation>Izikhumbuzo ze-%1: kuvunyelwe</translation>
    </message>
    <message>
        <source>%1 reminders: not allowed</source>
        <translation>Izikhumbuzo ze-%1: akuvunyelwe</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Iphrofayela yekhasimende</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hlela…</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details, consent and notes</source>
        <translation>Shintsha imininingwane yekhasimende, imvume namanothi</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>&amp;Khipha imininingwane…</translation>
    </message>
    <message>
        <source>Save everything held about this customer as JSON and CSV</source>
        <translation>Londoloza konke okugcinwe ngaleli khasimende njenge-JSON ne-CSV</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Sula…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data (cannot be undone)</source>
        <translation>Sula imininingwane yomuntu siqu yaleli khasimende (ayikwazi ukubuyiswa)</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Izikhumbuzo:</translation>
    </message>
    <message>
        <source>Allergy notes</source>
        <translation>Amanothi okungezwani komzimba</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ukuvakasha</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Abangafikanga</translation>
    </message>
    <message>
        <source>Late cancels</source>
        <translation>Ukukhansela sekwephuzile</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Isamba esisetshenzisiwe</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ukuvakasha kokugcina</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the appointment</source>
        <translation>Kukhanselwe kusele amahora angaphansi kuka-24 ngaphambi kwe-aphoyintimenti</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Ukwethembeka</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Isamba samaphoyinti</translation>
    </message>
    <message>
        <source>Progress to the next tier</source>
        <translation>Inqubekela phambili eya esigabeni esilandelayo</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Ikhodi yokuncoma</translation>
    </message>
    <message>
        <source>The customer&apos;s code for referring friends</source>
        <translation>Ikhodi yekhasimende yokuncoma abangane</translation>
    </message>
    <message>
        <source>&amp;Award points…</source>
        <translation>&amp;Nikeza amaphoyinti…</translation>
    </message>
    <message>
        <source>Give points with a reason</source>
        <translation>Nikeza amaphoyinti nesizathu</translation>
    </message>
    <message>
        <source>&amp;Redeem reward…</source>
        <translation>&amp;Shintshanisa ngomklomelo…</translation>
    </message>
    <message>
        <source>Take a reward from the catalogue for points</source>
        <translation>Thatha umklomelo ohlwini ngamaphoyinti</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>&amp;Lungisa…</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Ama-aphoyintimenti azayo</translation>
    </message>
    <message>
        <source>Recent appointments</source>
        <translation>Ama-aphoyintimenti akamuva</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>Irekhodi lamaphoyinti</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Okuzayo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Umlando</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Amaphoyinti</translation>
    </message>
    <message>
        <source>AI conversations</source>
        <translation>Izingxoxo ze-AI</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Izingxoxo</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>Leli khasimende alisekho ohlwini.</translation>
    </message>
    <message>
        <source>Select a customer to see their profile.</source>
        <translation>Khetha ikhasimende ukuze ubone iphrofayela yalo.</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>yikhasimende kusukela ngo-%1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>I-imeyili</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ Ukungezwani komzimba: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Akukabi khona</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>Amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>%1 lifetime points</source>
        <translation>Amaphoyinti angu-%1 sekukonke</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Akakabi nasigaba</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Isigaba: %1</translation>
    </message>
    <message>
        <source>%1 perks: %2</source>
        <translation>Izinzuzo ze-%1: %2</translation>
    </message>
    <message>
        <source>This business has no loyalty tiers.</source>
        <translation>Leli bhizinisi alinazo izigaba zokwethembeka.</translation>
    </message>
    <message>
        <source>%1 more lifetime points to %2</source>
        <translation>Amanye amaphoyinti angu-%1 sekukonke ukufinyelela ku-%2</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>Usesigabeni esiphezulu</translation>
    </message>
    <message>
        <source>Referral code: %1</source>
        <translation>Ikhodi yokuncoma: %1</translation>
    </message>
    <message>
        <source>Points do not expire.</source>
        <translation>Amaphoyinti awaphelelwa yisikhathi.</translation>
    </message>
    <message>
        <source>%1 points are over %2 months old and due to expire.</source>
        <translation>Amaphoyinti angu-%1 asedlule izinyanga ezingu-%2 futhi asezophelelwa yisikhathi.</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>Amaphoyinti angu-%1 aphelelwa yisikhathi ngo-%2.</translation>
    </message>
    <message>
        <source>This business offers no rewards yet</source>
        <translation>Leli bhizinisi alikabi nayo imiklomelo</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Okuzayo (%1)</translation>
    </message>
    <message>
        <source>History (%1%2)</source>
        <translation>Umlando (%1%2)</translation>
    </message>
    <message>
        <source>Points (%1%2)</source>
        <translation>Amaphoyinti (%1%2)</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Izingxoxo (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Hl&amp;anganisa…</translation>
    </message>
    <message>
        <source>Correct the balance by hand</source>
        <translation>Lungisa ibhalansi ngesandla</translation>
    </message>
    <message>
        <source>Only the owner can correct a balance by hand</source>
        <translation>Umnikazi kuphela ongalungisa ibhalansi ngesandla</translation>
    </message>
    <message>
        <source>Merge another record of this customer into this one, or this one into it</source>
        <translation>Hlanganisa elinye irekhodi laleli khasimende naleli, noma leli nalelo</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers</source>
        <translation>Abaphathi nabanikazi kuphela abangahlanganisa amakhasimende</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <source>No customers yet.</source>
        <translation>Awekho amakhasimende okwamanje.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Alikho ikhasimende elifana no-“%1”.</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ikhasimende elisha</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sesha amakhasimende</translation>
    </message>
    <message>
        <source>Search name, phone or e-mail  (Ctrl+F)</source>
        <translation>Sesha igama, ifoni noma i-imeyili  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type the start of any words of the name or e-mail address, in any order, or three or more digits of the phone number</source>
        <translation>Bhala ukuqala kwanoma yimaphi amagama egama noma ekhelini le-imeyili, nganoma yiluphi uhlelo, noma izinombolo ezintathu noma ngaphezulu zenombolo yefoni</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Inani lamakhasimende</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Engeza ikhasimende (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Amakhasimende</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>Ikhasimende lengeziwe.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Izinguquko zilondoloziwe.</translation>
    </message>
    <message>
        <source>Export %1&apos;s data</source>
        <translation>Khipha imininingwane ka-%1</translation>
    </message>
    <message>
        <source>%1 - customer data.json</source>
        <translation>%1 - imininingwane yekhasimende.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Qala ukhethe ikhasimende.</translation>
    </message>
    <message>
        <source>Exporting %1&apos;s data…</source>
        <translation>Kukhishwa imininingwane ka-%1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 and %2 (%n appointment(s), %3 points lines).</source>
        <translation>
            <numerusform>Kukhishelwe ku-%1 naku-%2 (i-aphoyintimenti engu-%n, imigqa yamaphoyinti engu-%3).</numerusform>
            <numerusform>Kukhishelwe ku-%1 naku-%2 (ama-aphoyintimenti angu-%n, imigqa yamaphoyinti engu-%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s personal data was erased. Their appointments and points stay, without a name.</source>
        <translation>Imininingwane yomuntu siqu ka-%1 isusiwe. Ama-aphoyintimenti namaphoyinti akhe ayagcinwa, kodwa engenalo igama.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>Ikhasimende eli-1</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>Amakhasimende angu-%1</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>U-%1 uhlanganiswe no-%2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full, so Chairside could not save. Nothing was lost: free some space and try again.</source>
        <translation>Idiski igcwele, ngakho i-Chairside ayikwazanga ukulondoloza. Akukho okulahlekile: khulula isikhala bese uzama futhi.</translation>
    </message>
    <message>
        <source>The local data file is damaged and cannot be read.</source>
        <translation>Ifayela ledatha ekule khompyutha lonakele futhi alikwazi ukufundwa.</translation>
    </message>
    <message>
        <source>The local data could not be read or written: %1</source>
        <translation>Idatha ekule khompyutha ayikwazanga ukufundwa noma ukubhalwa: %1</translation>
    </message>
    <message>
        <source>Chairside cannot create the folder %1 for its data.</source>
        <translation>I-Chairside ayikwazi ukwakha ifolda %1 yedatha yayo.</translation>
    </message>
    <message>
        <source>Chairside cannot open its data file %1: %2</source>
        <translation>I-Chairside ayikwazi ukuvula ifayela layo ledatha %1: %2</translation>
    </message>
    <message>
        <source>The local data file cannot use write-ahead logging (is the folder read-only or on a network share?).</source>
        <translation>Ifayela ledatha ekule khompyutha alikwazi ukusebenzisa i-write-ahead logging (ingabe ifolda ingeyokufunda kuphela noma isenethiwekini?).</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys.</source>
        <translation>Lo mtapo we-SQLite awuzisebenzisi izihluthulelo zangaphandle (foreign keys).</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Chairside (data format %1; this version reads up to %2). Update Chairside, or start it with another data folder (--data-dir).</source>
        <translation>Le datha ibhalwe wuhlobo olusha lwe-Chairside (ifomethi yedatha %1; lolu hlobo lufunda kuze kufike ku-%2). Buyekeza i-Chairside, noma uyiqale ngenye ifolda yedatha (--data-dir).</translation>
    </message>
    <message>
        <source>Chairside could not update its data to format %1: %2</source>
        <translation>I-Chairside ayikwazanga ukubuyekeza idatha yayo ibe yifomethi %1: %2</translation>
    </message>
</context>
<context>
    <name>DayColumnsDialog</name>
    <message>
        <source>Staff columns</source>
        <translation>Amakholomu abasebenzi</translation>
    </message>
    <message>
        <source>Tick who the day view shows; drag or use Move up / Move down to set the order.</source>
        <translation>Khetha ukuthi ukubuka kosuku kubonisa bani; hudula noma usebenzise u-Khuphula / Yehlisa ukuze uhlele ukulandelana.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Khuphula</translation>
    </message>
    <message>
        <source>Move the selected person left in the day view (Ctrl+Up)</source>
        <translation>Hambisa umuntu okhethiwe ngakwesokunxele ekubukeni kosuku (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Yehlisa</translation>
    </message>
    <message>
        <source>Move the selected person right in the day view (Ctrl+Down)</source>
        <translation>Hambisa umuntu okhethiwe ngakwesokudla ekubukeni kosuku (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>Bonisa &amp;wonke umuntu</translation>
    </message>
    <message>
        <source>Everyone, in the salon&apos;s own order</source>
        <translation>Wonke umuntu, ngokulandelana kwesaluni</translation>
    </message>
</context>
<context>
    <name>DayScheduleView</name>
    <message>
        <source>Day schedule</source>
        <translation>Uhlelo losuku</translation>
    </message>
    <message>
        <source>Works %1–%2</source>
        <translation>Usebenza %1–%2</translation>
    </message>
    <message>
        <source>Break %1–%2</source>
        <translation>Ikhefu %1–%2</translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation>Akasebenzi ngalolu suku</translation>
    </message>
    <message>
        <source>Time off %1–%2 %3</source>
        <translation>Akekho emsebenzini %1–%2 %3</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>umuntu ongabhukile</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Ikhefu</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Akekho emsebenzini</translation>
    </message>
    <message>
        <source>Time off · %1</source>
        <translation>Akekho emsebenzini · %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>No-%1</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Kungqubuzana no-%1</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · namuhla</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 · %n booked</source>
        <translation>
            <numerusform>%1–%2 · %n ibhukiwe</numerusform>
            <numerusform>%1–%2 · %n abhukiwe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not working · %n booked</source>
        <translation>
            <numerusform>Akasebenzi · %n ibhukiwe</numerusform>
            <numerusform>Akasebenzi · %n abhukiwe</numerusform>
        </translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Akasebenzi</translation>
    </message>
    <message>
        <source>No staff members to show yet.</source>
        <translation>Awekho amalungu abasebenzi ongawabonisa okwamanje.</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>Awekho ama-aphoyintimenti ngalolu suku.</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Awekho ama-aphoyintimenti kuleli sonto.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Generated the demo salon in %1: %2 customers, %3 appointments, %4 handoffs.</source>
        <translation>Kwakhiwe isaluni yesibonelo ku-%1: amakhasimende angu-%2, ama-aphoyintimenti angu-%3, izingxoxo ezidluliselwe ezingu-%4.</translation>
    </message>
    <message>
        <source>You are signed in as %1, but this account is not on the team of any salon on this server. Ask the salon&apos;s owner to add you, then sign in again.</source>
        <translation>Ungene njengo-%1, kodwa le akhawunti ayikho ethimbeni lanoma iyiphi isaluni kule seva. Cela umnikazi wesaluni akwengeze, bese ungena futhi.</translation>
    </message>
    <message>
        <source>Remove records from this computer?</source>
        <translation>Susa amarekhodi kule khompyutha?</translation>
    </message>
    <message>
        <source>The server would remove %1 of %2 %3 records on this computer. Remove them?</source>
        <translation>Iseva ingasusa amarekhodi angu-%1 kwangu-%2 e-%3 akule khompyutha. Uyawasusa?</translation>
    </message>
    <message>
        <source>This happens when records were deleted on the server or you lost access to them. Until you decide, nothing is removed and downloading changes is paused.</source>
        <translation>Lokhu kwenzeka uma amarekhodi esuswe eseva noma ungasakwazi ukuwafinyelela. Uze unqume, akukho okususwayo futhi ukulanda izinguquko kumisiwe.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Wasuse</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Wagcine</translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>Chairside found the demo salon&apos;s data file damaged. It will set the file aside and make the demo salon again.</source>
        <translation>I-Chairside ithole ukuthi ifayela ledatha lesaluni yesibonelo lonakele. Izolibeka eceleni bese yakha kabusha isaluni yesibonelo.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged. It will set the copy aside, keep your unsent edits and download everything again.</source>
        <translation>I-Chairside ithole ukuthi ikhophi yayo ekule khompyutha yonakele. Izoyibeka eceleni, igcine izinguquko zakho ezingakathunyelwa, bese ilanda konke futhi.</translation>
    </message>
    <message>
        <source>Local copy damaged</source>
        <translation>Ikhophi ekule khompyutha yonakele</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Sula u-%1</translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, phone, e-mail, notes, allergy notes and their own chat messages for good, on every desk. Appointments and points stay, without a name, so the salon&apos;s figures still add up. This cannot be undone.

Export their data first if they asked for a copy.

Type the customer&apos;s name to confirm:</source>
        <translation>Ukusula kususa unomphela igama lika-%1, ifoni, i-imeyili, amanothi, amanothi okungezwani komzimba kanye nemilayezo yakhe yengxoxo, kuwo wonke amadeski. Ama-aphoyintimenti namaphoyinti ayagcinwa, kodwa engenalo igama, ukuze izibalo zesaluni zihlale zihambisana. Lokhu akukwazi ukubuyiswa.

Qala ukhiphe imininingwane yakhe uma ecele ikhophi.

Bhala igama lekhasimende ukuze uqinisekise:</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Bhala igama lekhasimende ukuze uqinisekise</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Sula ikhasimende</translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Okudluliselwe</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Okuvuliwe manje</translation>
    </message>
    <message>
        <source>Handoffs not resolved yet.</source>
        <translation>Izingxoxo ezidluliselwe ezingakaxazululwa.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Akukho onakho</translation>
    </message>
    <message>
        <source>Open handoffs that nobody has claimed.</source>
        <translation>Izingxoxo ezidluliselwe ezivuliwe okungekho muntu ozithathile.</translation>
    </message>
    <message>
        <source>Time to claim · today</source>
        <translation>Isikhathi sokuthatha · namuhla</translation>
    </message>
    <message>
        <source>Median of (claimed at − raised at) over the handoffs claimed today.</source>
        <translation>I-median ye-(isikhathi sokuthathwa − isikhathi sokudluliselwa) ezingxoxweni ezidluliselwe ezithathwe namuhla.</translation>
    </message>
    <message>
        <source>Time to resolve · today</source>
        <translation>Isikhathi sokuxazulula · namuhla</translation>
    </message>
    <message>
        <source>Median of (resolved at − raised at) over the handoffs resolved today.</source>
        <translation>I-median ye-(isikhathi sokuxazululwa − isikhathi sokudluliselwa) ezingxoxweni ezidluliselwe ezixazululwe namuhla.</translation>
    </message>
    <message>
        <source>AI resolution · 7 days</source>
        <translation>Okuxazululwe yi-AI · izinsuku ezingu-7</translation>
    </message>
    <message>
        <source>Conversations the assistant resolved alone ÷ all conversations started in the last 7 days.</source>
        <translation>Izingxoxo umsizi azixazulule yedwa ÷ zonke izingxoxo eziqale ezinsukwini ezingu-7 ezedlule.</translation>
    </message>
    <message>
        <source>Handoff rate · 7 days</source>
        <translation>Izinga lokudlulisela · izinsuku ezingu-7</translation>
    </message>
    <message>
        <source>Conversations handed to a person ÷ all conversations started in the last 7 days.</source>
        <translation>Izingxoxo ezidluliselwe kumuntu ÷ zonke izingxoxo eziqale ezinsukwini ezingu-7 ezedlule.</translation>
    </message>
    <message>
        <source>Handoff → booking · 7 days</source>
        <translation>Ukudluliselwa → ukubhuka · izinsuku ezingu-7</translation>
    </message>
    <message>
        <source>Handoffs resolved as booked or rescheduled ÷ handoffs resolved in the last 7 days, spam left out.</source>
        <translation>Izingxoxo ezidluliselwe ezixazululwe njengokubhukiwe noma njengokushintshwe isikhathi ÷ izingxoxo ezidluliselwe ezixazululwe ezinsukwini ezingu-7 ezedlule, ngaphandle kwe-spam.</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Konke okuvuliwe</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ezami</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Okuxazululiwe</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Bonisa: %1</translation>
    </message>
    <message>
        <source>Handoff queue</source>
        <translation>Uhlu lwezingxoxo ezidluliselwe</translation>
    </message>
    <message>
        <source>J or K: next or previous. C: claim. R: reply. E: resolve. B: book.</source>
        <translation>J noma K: okulandelayo noma okwedlule. C: thatha. R: phendula. E: xazulula. B: bhuka.</translation>
    </message>
    <message>
        <source>Select a handoff to read the conversation.</source>
        <translation>Khetha ingxoxo edluliselwe ukuze uyifunde.</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Umbhalo wengxoxo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Thatha</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Bhuka…</translation>
    </message>
    <message>
        <source>Book an appointment for this customer (B)</source>
        <translation>Bhukela leli khasimende i-aphoyintimenti (B)</translation>
    </message>
    <message>
        <source>Reschedule their next booking…</source>
        <translation>Shintsha isikhathi sokubhuka kwabo okulandelayo…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Xazulula…</translation>
    </message>
    <message>
        <source>Close the conversation with an outcome (E)</source>
        <translation>Vala ingxoxo ngomphumela (E)</translation>
    </message>
    <message>
        <source>Return to assistant</source>
        <translation>Buyisela kumsizi</translation>
    </message>
    <message>
        <source>Hand the conversation back to the AI assistant</source>
        <translation>Buyisela ingxoxo kumsizi we-AI</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Phendula ikhasimende</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Thumela</translation>
    </message>
    <message>
        <source>Queue the reply for the customer (Ctrl+Enter)</source>
        <translation>Faka impendulo emgqeni iye ekhasimendeni (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Handoffs claimed today: %1.</source>
        <translation>Izingxoxo ezidluliselwe ezithathwe namuhla: %1.</translation>
    </message>
    <message>
        <source>Handoffs resolved today: %1.</source>
        <translation>Izingxoxo ezidluliselwe ezixazululwe namuhla: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations.</source>
        <translation>Izingxoxo ezingu-%1 kwezingu-%2.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs.</source>
        <translation>Izingxoxo ezidluliselwe ezingu-%1 kwezingu-%2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing waiting. The assistant is handling every conversation.</source>
        <translation>Akukho okulindile. Umsizi uphethe zonke izingxoxo.</translation>
    </message>
    <message>
        <source>Every open handoff has someone on it.</source>
        <translation>Yonke ingxoxo edluliselwe evuliwe inomuntu oyiphethe.</translation>
    </message>
    <message>
        <source>You have no open handoffs.</source>
        <translation>Awunazo izingxoxo ezidluliselwe ezivuliwe.</translation>
    </message>
    <message>
        <source>No resolved handoffs yet.</source>
        <translation>Azikabikho izingxoxo ezidluliselwe ezixazululiwe.</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>kudluliselwe ngo-%1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>kuxazululwe ngemva kuka-%1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>umphumela: %1</translation>
    </message>
    <message>
        <source>waiting %1 in opening hours</source>
        <translation>kulindwe u-%1 emahoreni okuvulwa</translation>
    </message>
    <message>
        <source>clock paused while closed</source>
        <translation>iwashi limisiwe ngoba kuvaliwe</translation>
    </message>
    <message>
        <source>Reply to %1…  (R to write, Ctrl+Enter to send)</source>
        <translation>Phendula u-%1…  (R ukuze ubhale, Ctrl+Enter ukuze uthumele)</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Kuxazululwe ngu-%1</translation>
    </message>
    <message>
        <source>Nobody has claimed this yet</source>
        <translation>Akekho oseyithathile le ngxoxo</translation>
    </message>
    <message>
        <source>You have this conversation</source>
        <translation>Le ngxoxo iphethwe nguwe</translation>
    </message>
    <message>
        <source>%1 has this conversation</source>
        <translation>Le ngxoxo iphethwe ngu-%1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Omunye umuntu</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Yekela</translation>
    </message>
    <message>
        <source>Let someone else take it</source>
        <translation>Vumela omunye umuntu ayithathe</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>Thatha le ngxoxo (C)</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s 24-hour reply window closed %1.</source>
        <translation>Isikhathi samahora angu-24 sokuphendula ku-WhatsApp savaleka ngo-%1.</translation>
    </message>
    <message>
        <source>The customer has not written on WhatsApp in the last 24 hours.</source>
        <translation>Ikhasimende alikabhali ku-WhatsApp emahoreni angu-24 edlule.</translation>
    </message>
    <message>
        <source>A free-form reply may not be delivered now; call the customer or wait for them to write again.</source>
        <translation>Impendulo ekhululekile ingase ingafiki manje; shayela ikhasimende noma ulinde libhale futhi.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uphumile</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Awuxhunyiwe</translation>
    </message>
    <message>
        <source>%1 — not updated yet</source>
        <translation>%1 — akukabuyekezwa</translation>
    </message>
    <message>
        <source>%1 — last updated %2</source>
        <translation>%1 — kugcine ukubuyekezwa ngo-%2</translation>
    </message>
    <message>
        <source>New handoffs and claims by others arrive when the connection is back; what you do here is sent then.</source>
        <translation>Izingxoxo ezintsha ezidluliselwe nezithathwe abanye zizofika uma ukuxhumana sekubuyile; okwenzayo lapha kuzothunyelwa ngaleso sikhathi.</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>Le ngxoxo edluliselwe isixazululiwe.</translation>
    </message>
    <message>
        <source>You already have this conversation.</source>
        <translation>Le ngxoxo usuvele uyiphethe.</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>U-%1 useyibambile le ngxoxo.</translation>
    </message>
    <message>
        <source>You have this conversation now.</source>
        <translation>Le ngxoxo manje isiphethwe nguwe.</translation>
    </message>
    <message>
        <source>Released: someone else can take it.</source>
        <translation>Iyekelwe: omunye umuntu angayithatha.</translation>
    </message>
    <message>
        <source>%1 is handling this conversation; only they can reply.</source>
        <translation>U-%1 uphethe le ngxoxo; nguye kuphela ongaphendula.</translation>
    </message>
    <message>
        <source>Reply queued — but the WhatsApp reply window has closed, so it may not be delivered.</source>
        <translation>Impendulo isemgqeni — kodwa isikhathi sokuphendula ku-WhatsApp sesivaliwe, ngakho ingase ingafiki.</translation>
    </message>
    <message>
        <source>Reply queued; its delivery shows under it.</source>
        <translation>Impendulo isemgqeni; isimo sokufika kwayo sibonakala ngaphansi kwayo.</translation>
    </message>
    <message>
        <source>Handed back to the assistant.</source>
        <translation>Kubuyiselwe kumsizi.</translation>
    </message>
    <message>
        <source>Resolved as “%1”.</source>
        <translation>Kuxazululwe njengokuthi “%1”.</translation>
    </message>
    <message>
        <source>Booked. Resolve the handoff as booked with E.</source>
        <translation>Kubhukiwe. Xazulula ingxoxo edluliselwe njengokubhukiwe ngo-E.</translation>
    </message>
    <message>
        <source>Moved. Resolve the handoff as rescheduled with E.</source>
        <translation>Kuhanjisiwe. Xazulula ingxoxo edluliselwe njengokushintshwe isikhathi ngo-E.</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>Setting up — Chairside</source>
        <translation>Kuyasethwa — Chairside</translation>
    </message>
    <message>
        <source>Setting up Chairside on this computer</source>
        <translation>Kusethwa i-Chairside kule khompyutha</translation>
    </message>
    <message>
        <source>Signed in as %1. Chairside is downloading the salon&apos;s appointments, customers and team to this computer. This happens once: next time Chairside opens straight away, even without internet.</source>
        <translation>Ungene njengo-%1. I-Chairside ilanda ama-aphoyintimenti esaluni, amakhasimende nethimba kule khompyutha. Lokhu kwenzeka kanye: ngokuzayo i-Chairside izovuleka ngokushesha, ngisho ngaphandle kwe-inthanethi.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Phuma</translation>
    </message>
    <message>
        <source>Stop for now; the download continues where it left off next time.</source>
        <translation>Misa okwamanje; ukulanda kuzoqhubeka lapho kugcine khona ngokuzayo.</translation>
    </message>
</context>
<context>
    <name>HandoffOutcome</name>
    <message>
        <source>Booked</source>
        <translation>Kubhukiwe</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Isikhathi sishintshiwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Kuphenduliwe</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Isikhalo</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Akukho okwenziwe</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Returned to the assistant</source>
        <translation>Kubuyiselwe kumsizi</translation>
    </message>
</context>
<context>
    <name>HandoffQueueModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Ingxoxo yewebhu</translation>
    </message>
    <message>
        <source>Web visitor</source>
        <translation>Isivakashi sewebhu</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ikhasimende elingaziwa</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Akukho onakho</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>Kuthathwe ngu-%1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, sekwephuzile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Isizathu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Indlela</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>Ubani onayo</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Isikhathi esithathiwe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Kulindile</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Okubalulekile</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 m</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Raised %1, resolved after %2</source>
        <translation>Kudluliselwe ngo-%1, kwaxazululwa ngemva kuka-%2</translation>
    </message>
    <message>
        <source>%1 of it in opening hours</source>
        <translation>%1 kwalokho kube semahoreni okuvulwa</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>Kulindwe kusukela ngo-%1</translation>
    </message>
    <message>
        <source>%1 in opening hours (%2 in all)</source>
        <translation>%1 emahoreni okuvulwa (%2 sekukonke)</translation>
    </message>
    <message>
        <source>The salon is closed: the clock is paused.</source>
        <translation>Isaluni ivaliwe: iwashi limisiwe.</translation>
    </message>
    <message>
        <source>Over %1 — overdue</source>
        <translation>Ngaphezu kuka-%1 — sekwephuzile</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>Ngaphezu kuka-%1</translation>
    </message>
    <message>
        <source>Turns amber %1</source>
        <translation>Kuzoba ophuzi ngo-%1</translation>
    </message>
    <message>
        <source>Turns red %1</source>
        <translation>Kuzoba bomvu ngo-%1</translation>
    </message>
</context>
<context>
    <name>HandoffWatch</name>
    <message>
        <source>A customer</source>
        <translation>Ikhasimende</translation>
    </message>
</context>
<context>
    <name>KpiCardGrid</name>
    <message>
        <source>Key figures</source>
        <translation>Izibalo ezibalulekile</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 uma kuqhathaniswa nokwedlule</translation>
    </message>
    <message>
        <source>%1, %2 vs previous period</source>
        <translation>%1, %2 uma kuqhathaniswa nesikhathi esedlule</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <source>Bookings</source>
        <translation>Ukubhuka</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Imali engenile</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>Isilinganiso senani elikhokhwayo</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Izinga lokuqedwa</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Izinga lokungafiki</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Izinga lokukhansela</translation>
    </message>
    <message>
        <source>Late cancellation rate</source>
        <translation>Izinga lokukhansela sekwephuzile</translation>
    </message>
    <message>
        <source>Average booking lead time</source>
        <translation>Isilinganiso sesikhathi sokubhuka kusengaphambili</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ukusetshenziswa kwesikhathi</translation>
    </message>
    <message>
        <source>Rebooking rate</source>
        <translation>Izinga lokuphinda ubhuke</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Amakhasimende amasha</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Amakhasimende abuyayo</translation>
    </message>
    <message>
        <source>AI resolution rate</source>
        <translation>Izinga lokuxazulula kwe-AI</translation>
    </message>
    <message>
        <source>Handoff rate</source>
        <translation>Izinga lokudlulisela</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Izingxoxo ezidluliselwe</translation>
    </message>
    <message>
        <source>Handoff → booking</source>
        <translation>Ukudluliselwa → ukubhuka</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Amaphoyinti anikeziwe</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Amaphoyinti ashintshanisiwe</translation>
    </message>
    <message>
        <source>Appointments starting in the period, whatever their status.</source>
        <translation>Ama-aphoyintimenti aqala kulesi sikhathi, noma ngabe isiphi isimo sawo.</translation>
    </message>
    <message>
        <source>Sum of the prices of completed appointments in the period.</source>
        <translation>Isamba samanani ama-aphoyintimenti aqediwe kulesi sikhathi.</translation>
    </message>
    <message>
        <source>Revenue ÷ completed appointments.</source>
        <translation>Imali engenile ÷ ama-aphoyintimenti aqediwe.</translation>
    </message>
    <message>
        <source>Completed appointments ÷ bookings.</source>
        <translation>Ama-aphoyintimenti aqediwe ÷ ukubhuka.</translation>
    </message>
    <message>
        <source>No-shows ÷ bookings.</source>
        <translation>Abangafikanga ÷ ukubhuka.</translation>
    </message>
    <message>
        <source>Cancelled appointments ÷ bookings.</source>
        <translation>Ama-aphoyintimenti akhanseliwe ÷ ukubhuka.</translation>
    </message>
    <message>
        <source>Bookings cancelled less than 24 hours before their start (the time of the cancellation in the appointment&apos;s history, else its last change) ÷ bookings.</source>
        <translation>Ukubhuka okukhanselwe kusele amahora angaphansi kuka-24 ngaphambi kokuqala (isikhathi sokukhansela emlandweni we-aphoyintimenti, uma kungenjalo inguquko yayo yokugcina) ÷ ukubhuka.</translation>
    </message>
    <message>
        <source>Mean of (start − time the booking was made) over bookings in the period, walk-ins excluded; a booking entered after its start counts as zero.</source>
        <translation>Isilinganiso se-(ukuqala − isikhathi sokubhuka) kukho konke ukubhuka kwalesi sikhathi, ngaphandle kwabangabhukile; ukubhuka okufakwe ngemva kokuqala kubalwa njengo-0.</translation>
    </message>
    <message>
        <source>Booked minutes of appointments that hold time (not cancelled, not no-shows) ÷ rostered minutes (working hours minus breaks of active staff, every day of the period).</source>
        <translation>Imizuzu ebhukiwe yama-aphoyintimenti athatha isikhathi (angakhanselwanga, angewona awabangafikanga) ÷ imizuzu ehleliwe (amahora okusebenza kukhishwa amakhefu abasebenzi abasebenzayo, zonke izinsuku zesikhathi).</translation>
    </message>
    <message>
        <source>Completed visits of known clients after which the client already had their next appointment booked by the end of the visit&apos;s day ÷ those visits.</source>
        <translation>Ukuvakasha okuqediwe kwamakhasimende aziwayo lapho ikhasimende lase linayo i-aphoyintimenti elandelayo ebhukiwe ekupheleni kosuku lokuvakasha ÷ lokho kuvakasha.</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period whose first completed visit ever falls in the period.</source>
        <translation>Amakhasimende ahlukene anokuvakasha okuqediwe kulesi sikhathi, okuvakasha kwawo kokuqala okuqediwe kukulesi sikhathi.</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period who had completed a visit before it.</source>
        <translation>Amakhasimende ahlukene anokuvakasha okuqediwe kulesi sikhathi, ayeke aqeda ukuvakasha ngaphambi kwaso.</translation>
    </message>
    <message>
        <source>AI conversations the assistant resolved alone ÷ all AI conversations started in the period.</source>
        <translation>Izingxoxo ze-AI umsizi azixazulule yedwa ÷ zonke izingxoxo ze-AI eziqale kulesi sikhathi.</translation>
    </message>
    <message>
        <source>AI conversations handed to a person ÷ all AI conversations started in the period.</source>
        <translation>Izingxoxo ze-AI ezidluliselwe kumuntu ÷ zonke izingxoxo ze-AI eziqale kulesi sikhathi.</translation>
    </message>
    <message>
        <source>Handoffs the assistant raised in the period.</source>
        <translation>Izingxoxo umsizi azidlulisele kumuntu kulesi sikhathi.</translation>
    </message>
    <message>
        <source>Handoffs raised in the period that staff resolved with the outcome &quot;booked&quot; ÷ handoffs raised in the period.</source>
        <translation>Izingxoxo ezidluliselwe kulesi sikhathi abasebenzi abazixazulule ngomphumela othi &quot;kubhukiwe&quot; ÷ izingxoxo ezidluliselwe kulesi sikhathi.</translation>
    </message>
    <message>
        <source>Loyalty points earned on visits plus points awarded by staff.</source>
        <translation>Amaphoyinti okwethembeka atholwe ngokuvakasha kanye namaphoyinti anikezwe ngabasebenzi.</translation>
    </message>
    <message>
        <source>Loyalty points spent on rewards.</source>
        <translation>Amaphoyinti okwethembeka asetshenziselwe imiklomelo.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 imiz</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Izinsuku ezingu-%1</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>ayikho idatha yangaphambili</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= akukho shintsho</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 amaphoyinti</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
This period: %3 · previous %4 days: %5</source>
        <translation>%1: %2
Lesi sikhathi: %3 · izinsuku ezingu-%4 ezedlule: %5</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Isilinganiso</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Lesi sikhathi</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Isikhathi esedlule</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ushintsho</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Chairside</source>
        <translation>Ngena — Chairside</translation>
    </message>
    <message>
        <source>Sign in to your salon</source>
        <translation>Ngena esalonini yakho</translation>
    </message>
    <message>
        <source>Use the e-mail address and password of your account at the salon. Chairside keeps a copy of the salon&apos;s book on this computer, so it keeps working when the internet does not.</source>
        <translation>Sebenzisa ikheli le-imeyili nephasiwedi ye-akhawunti yakho esalonini. I-Chairside igcina ikhophi yencwadi yesaluni kule khompyutha, ngakho iyaqhubeka isebenza noma i-inthanethi ingasebenzi.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Ikheli le-imeyili</translation>
    </message>
    <message>
        <source>name@yoursalon.co.za</source>
        <translation>name@yoursalon.co.za</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>I-i&amp;meyili:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Iphasiwedi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>I&amp;phasiwedi:</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Izilungiselelo zeseva</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>I-URL yeseva</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co</source>
        <translation>https://your-project.supabase.co</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation>Ikheli le&amp;seva:</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Ukhiye we-anon</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>Ukhiye we-anon (osobala) wephrojekthi</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>Ukhiye we-&amp;anon:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Ifayela lesitifiketi se-CA</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own CA</source>
        <translation>Kuphela eseveni ezisingathayo ene-CA yayo</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Phe&amp;qulula…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Phequlula ufune ifayela lesitifiketi se-CA</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Isitifiketi se-&amp;CA:</translation>
    </message>
    <message>
        <source>Use the &amp;demo salon</source>
        <translation>Sebenzisa isaluni &amp;yesibonelo</translation>
    </message>
    <message>
        <source>Use the demo salon</source>
        <translation>Sebenzisa isaluni yesibonelo</translation>
    </message>
    <message>
        <source>Try Chairside on a generated salon stored only on this computer.</source>
        <translation>Zama i-Chairside esalonini ekhiqiziwe egcinwe kule khompyutha kuphela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ngena</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ngena</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Iseva</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Iseva: %1</translation>
    </message>
    <message>
        <source>Hide the server settings</source>
        <translation>Fihla izilungiselelo zeseva</translation>
    </message>
    <message>
        <source>Show where the salon&apos;s server is</source>
        <translation>Bonisa ukuthi iseva yesaluni ikuphi</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Faka ikheli lakho le-imeyili.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” akulona ikheli le-imeyili.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Ifayela lesitifiketi se-CA alikwazi ukufundwa.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Faka iphasiwedi yakho.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kuyangenwa…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Khetha isitifiketi se-CA seseva</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Izitifiketi (*.pem *.crt);;Wonke amafayela (*)</translation>
    </message>
</context>
<context>
    <name>LoyaltyActionDialog</name>
    <message>
        <source>%1 has %2 points.</source>
        <translation>U-%1 unamaphoyinti angu-%2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Isizathu</translation>
    </message>
    <message>
        <source>Award points to %1</source>
        <translation>Nikeza u-%1 amaphoyinti</translation>
    </message>
    <message>
        <source>Required, e.g. Birthday, referral of a friend</source>
        <translation>Kuyadingeka, isib. Usuku lokuzalwa, ukuncoma umngane</translation>
    </message>
    <message>
        <source>Redeem a reward for %1</source>
        <translation>Shintshanisa ngomklomelo ka-%1</translation>
    </message>
    <message>
        <source>Optional; the reward&apos;s name when empty</source>
        <translation>Akuphoqelekile; igama lomklomelo uma kungenalutho</translation>
    </message>
    <message>
        <source>Adjust %1&apos;s points</source>
        <translation>Lungisa amaphoyinti ka-%1</translation>
    </message>
    <message>
        <source>Required, e.g. Points missed on 3 March</source>
        <translation>Kuyadingeka, isib. Amaphoyinti ashodile ngomhla ka-3 Mashi</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Umklomelo</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — amaphoyinti angu-%2</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;Umklomelo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Amaphoyinti</translation>
    </message>
    <message>
        <source>A positive number adds points, a negative one takes them off</source>
        <translation>Inombolo enhle yengeza amaphoyinti, engemihle iyawakhipha</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Amaphoyinti</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>Is&amp;izathu</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Nikeza</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Shintshanisa</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Lungisa</translation>
    </message>
    <message>
        <source>%1 has %2 points and %3 costs %4, so it cannot be redeemed: the balance would go below zero.</source>
        <translation>U-%1 unamaphoyinti angu-%2 kanti u-%3 udinga angu-%4, ngakho ngeke ushintshaniswe: isamba besizokwehla ngaphansi kuka-0.</translation>
    </message>
    <message>
        <source>This business offers no rewards yet.</source>
        <translation>Leli bhizinisi alikabi nayo imiklomelo.</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>Faka inani lamaphoyinti.</translation>
    </message>
    <message>
        <source>%1 has %2 points, so %3 cannot be taken off: the balance would go below zero.</source>
        <translation>U-%1 unamaphoyinti angu-%2, ngakho angu-%3 awakwazi ukukhishwa: isamba besizokwehla ngaphansi kuka-0.</translation>
    </message>
    <message>
        <source>Balance afterwards: %1 points</source>
        <translation>Isamba ngemva kwalokho: amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the points history</source>
        <translation>Nikeza isizathu: sigcinwa emlandweni wamaphoyinti</translation>
    </message>
    <message>
        <source>%1 points awarded to %2.</source>
        <translation>Amaphoyinti angu-%1 anikezwe u-%2.</translation>
    </message>
    <message>
        <source>%1 redeemed for %2 points.</source>
        <translation>U-%1 ushintshaniswe ngamaphoyinti angu-%2.</translation>
    </message>
    <message>
        <source>%1 points added to %2&apos;s balance.</source>
        <translation>Amaphoyinti angu-%1 engezwe esambeni sika-%2.</translation>
    </message>
    <message>
        <source>%1 points taken off %2&apos;s balance.</source>
        <translation>Amaphoyinti angu-%1 akhishwe esambeni sika-%2.</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedgerModel</name>
    <message>
        <source>Earned</source>
        <translation>Kutholiwe</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Kunikeziwe</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Kushintshanisiwe</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Kulungisiwe</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kuphelelwe yisikhathi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uhlobo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Amaphoyinti</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Isizathu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ngubani</translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesPage</name>
    <message>
        <source>Earning points</source>
        <translation>Ukuthola amaphoyinti</translation>
    </message>
    <message>
        <source>Clients earn one point for every this much they spend.</source>
        <translation>Amakhasimende athola iphoyinti elilodwa njalo uma esebenzisa le mali.</translation>
    </message>
    <message>
        <source>One point for every</source>
        <translation>Imali ngephoyinti ngalinye</translation>
    </message>
    <message>
        <source> months</source>
        <translation> izinyanga</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Awaphelelwa</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Ukuphelelwa kwamaphoyinti</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Izigaba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Amaphoyinti adingekayo</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>Izinzuzo</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Isigaba %1</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Akusetshenziswa</translation>
    </message>
    <message>
        <source>Points needed for tier %1</source>
        <translation>Amaphoyinti adingekayo esigabeni %1</translation>
    </message>
    <message>
        <source>Rewards catalogue</source>
        <translation>Uhlu lwemiklomelo</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Umklomelo</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>Intengo ngamaphoyinti</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Kuyanikezwa</translation>
    </message>
    <message>
        <source>Add a reward</source>
        <translation>Engeza umklomelo</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>Iseva ayikwamukelanga “%1”: %2 Izinguquko zakho zisekhona; zilungise bese ulondoloza futhi.</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>Kulondoloziwe; iseva izokuqinisekisa maduze.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kulondoloziwe.</translation>
    </message>
    <message>
        <source>Only an owner can change the loyalty rules.</source>
        <translation>Umnikazi kuphela ongashintsha imithetho yokwethembeka.</translation>
    </message>
    <message>
        <source>What the client gets</source>
        <translation>Lokho ikhasimende elikutholayo</translation>
    </message>
    <message>
        <source>Cost in points of reward %1</source>
        <translation>Intengo ngamaphoyinti yomklomelo %1</translation>
    </message>
    <message>
        <source>Reward %1 is offered</source>
        <translation>Umklomelo %1 uyanikezwa</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Akukho okungalondolozwa.</translation>
    </message>
    <message>
        <source>Name of reward %1</source>
        <translation>Igama lomklomelo %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Appointments</source>
        <translation>Ama-aphoyintimenti</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Okudluliselwe</translation>
    </message>
    <message>
        <source>Customers &amp; Loyalty</source>
        <translation>Amakhasimende nokwethembeka</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Uhlaziyo</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Izaziso</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Umsebenzi</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Umphathi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Umnikazi</translation>
    </message>
    <message>
        <source>%1 — Chairside</source>
        <translation>%1 — Chairside</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Izigaba</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ifayela</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Vumelanisa &amp;manje</translation>
    </message>
    <message>
        <source>Send the edits made here and fetch the salon&apos;s latest changes</source>
        <translation>Thumela izinguquko ezenziwe lapha bese ulanda izinguquko zakamuva zesaluni</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Ngena…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Phuma</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Izilungiselelo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Vala</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Usizo</translation>
    </message>
    <message>
        <source>&amp;About Chairside</source>
        <translation>&amp;Mayelana ne-Chairside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Mayelana ne-&amp;Qt</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>pane title, open handoffs</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n evuliwe</numerusform>
            <numerusform>%1, %n ezivuliwe</numerusform>
        </translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>New handoff: %1</source>
        <translation>Ingxoxo entsha edluliselwe: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>demo: person · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The demo salon, seen as %1 (%2). Times are shown in %3.</source>
        <translation>Isaluni yesibonelo, ibonwa njengo-%1 (%2). Izikhathi ziboniswa ngokwe-%3.</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Ungene njengo-%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3. Times are shown in %4.</source>
        <translation>Ungene njengo-%1 (%2) ku-%3. Izikhathi ziboniswa ngokwe-%4.</translation>
    </message>
    <message>
        <source>Not signed in · %1&apos;s saved data</source>
        <translation>Awungenile · idatha egciniwe ka-%1</translation>
    </message>
    <message>
        <source>The data on screen is what this computer saved for %1. Sign in again (File → Sign in…) to send and receive changes.</source>
        <translation>Idatha esesikrinini yileyo le khompyutha eyayigcinele u-%1. Ngena futhi (Ifayela → Ngena…) ukuze uthumele futhi wamukele izinguquko.</translation>
    </message>
    <message>
        <source>Sign &amp;in to your salon…</source>
        <translation>&amp;Ngena esalonini yakho…</translation>
    </message>
    <message>
        <source>About Chairside</source>
        <translation>Mayelana ne-Chairside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;The front-desk console for salons and clinics: the day&apos;s book, the AI assistant&apos;s handoffs, customers and loyalty, and the owner&apos;s numbers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;Ikhonsoli yedeski langaphambili lamasaluni nemitholampilo: incwadi yosuku, izingxoxo ezidluliselwe ngumsizi we-AI, amakhasimende nokwethembeka, kanye nezibalo zomnikazi.&lt;/p&gt;&lt;p&gt;Yakhiwe nge-Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Ibhizinisi</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n okungafundiwe</numerusform>
            <numerusform>%1, %n okungafundiwe</numerusform>
        </translation>
    </message>
    <message>
        <source>Your next appointment at %1</source>
        <translation>I-aphoyintimenti yakho elandelayo ngo-%1</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Hlanganisa amakhasimende</translation>
    </message>
    <message>
        <source>Keep one record of a customer who was entered twice. Everything the other record has moves to the one you keep, and the other record leaves the customer list.</source>
        <translation>Gcina irekhodi elilodwa lekhasimende elifakwe kabili. Konke okusendaweni yelinye irekhodi kuya kulelo oligcinayo, bese elinye irekhodi liphuma ohlwini lwamakhasimende.</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>Sesha elinye irekhodi</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the other record</source>
        <translation>Igama, ifoni noma i-imeyili yelinye irekhodi</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Amakhasimende atholakele</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Hlanganisa</translation>
    </message>
    <message>
        <source>&amp;Other record</source>
        <translation>&amp;Elinye irekhodi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Gcina</translation>
    </message>
    <message>
        <source>That customer is no longer in the list.</source>
        <translation>Lelo khasimende alisekho ohlwini.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Gcina u-%1</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Gcina elinye irekhodi</translation>
    </message>
    <message>
        <source>Search for the other record of this customer and pick it.</source>
        <translation>Sesha elinye irekhodi laleli khasimende bese ulikhetha.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>I-aphoyintimenti eli-1</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>Ama-aphoyintimenti angu-%1</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>Iphoyinti eli-1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>Amaphoyinti angu-%1</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>Ingxoxo e-1</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>Izingxoxo ezingu-%1</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Kuya ku-%1: %2.</translation>
    </message>
    <message>
        <source>%1 then leaves the customer list. Where %2 has no phone number or e-mail, %1&apos;s is used; notes and allergy notes are joined; %2&apos;s reminder consent stays as it is.</source>
        <translation>U-%1 ube esephuma ohlwini lwamakhasimende. Lapho u-%2 engenayo inombolo yefoni noma i-imeyili, kusetshenziswa eka-%1; amanothi namanothi okungezwani komzimba ayahlanganiswa; imvume yezikhumbuzo ka-%2 ihlala injalo.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Lokhu akukwazi ukubuyiswa.</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Hlanganisa no-%1</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>Amakhasimende awakwazi ukushintshwa lapha.</translation>
    </message>
</context>
<context>
    <name>NotificationListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Okungafundiwe: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Okubalulekile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Isihloko</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Umlayezo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Kutholwe</translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>No notifications yet.</source>
        <translation>Azikho izaziso okwamanje.</translation>
    </message>
    <message>
        <source>Nothing unread. You are all caught up.</source>
        <translation>Akukho okungafundiwe. Usufunde konke.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Izaziso</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Konke</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Okungafundiwe</translation>
    </message>
    <message>
        <source>Show %1 notifications</source>
        <translation>Bonisa izaziso: %1</translation>
    </message>
    <message>
        <source>Available when connected to your salon&apos;s backend</source>
        <translation>Kuyatholakala uma uxhunywe kuseva yesaluni yakho</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Maka konke njengokufundiwe</translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation>Akukho okungafundiwe</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>Okungafundiwe: %1</translation>
    </message>
    <message>
        <source>You have read everything.</source>
        <translation>Usufunde konke.</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Azikho izaziso.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Vula</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Maka njengokufundiwe</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chitha</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be queued for the server, so it was not made.</source>
        <translation>Inguquko ayikwazanga ukufakwa emgqeni oya eseveni, ngakho ayenziwanga.</translation>
    </message>
    <message>
        <source>That sync issue is no longer there.</source>
        <translation>Leyo nkinga yokuvumelanisa ayisekho.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Business profile</source>
        <translation>Iphrofayili yebhizinisi</translation>
    </message>
    <message>
        <source>ZAR</source>
        <translation>ZAR</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>I&amp;gama</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>I&amp;zoni yesikhathi</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>U&amp;hlobo lwemali</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ulimi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>I&amp;foni</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>I-i&amp;meyili</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>I&amp;kheli</translation>
    </message>
    <message>
        <source>Times on bookings, reminders and reports follow the time zone; prices use the currency.</source>
        <translation>Izikhathi zokubhuka, izikhumbuzo nemibiko zilandela izoni yesikhathi; izintengo zisebenzisa uhlobo lwemali.</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Londoloza iphrofayili</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Buyisela</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Amahora okuvulwa</translation>
    </message>
    <message>
        <source>The salon is open while anyone on the team works. Set each person&apos;s hours on the Staff page.</source>
        <translation>Isaluni ivulekile noma nini lapho kukhona osebenzayo eqenjini. Setha amahora omuntu ngamunye ekhasini elithi Abasebenzi.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kuvaliwe</translation>
    </message>
    <message>
        <source>Profile saved. Restart Chairside for the new time zone or currency to show everywhere.</source>
        <translation>Iphrofayili ilondoloziwe. Qala kabusha i-Chairside ukuze izoni yesikhathi entsha noma uhlobo lwemali olusha kubonakale yonke indawo.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Iphrofayili ilondoloziwe.</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The local data could not be opened for writing: %1</source>
        <translation>Idatha ekule khompyutha ayikwazanga ukuvulelwa ukubhalwa: %1</translation>
    </message>
    <message>
        <source>The local data could not be read: %1</source>
        <translation>Idatha ekule khompyutha ayikwazanga ukufundwa: %1</translation>
    </message>
    <message>
        <source>The changes for %1 could not be prepared: %2</source>
        <translation>Izinguquko ze-%1 azikwazanga ukulungiswa: %2</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be saved: %3</source>
        <translation>Umugqa %1 we-%2 awukwazanga ukulondolozwa: %3</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be marked deleted: %3</source>
        <translation>Umugqa %1 we-%2 awukwazanga ukumakwa njengosusiwe: %3</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>Indawo yokuvumelanisa ayikwazanga ukulondolozwa: %1</translation>
    </message>
    <message>
        <source>Pending local changes could not be applied on top of the server&apos;s changes.</source>
        <translation>Izinguquko zendawo ezisalindile azikwazanga ukufakwa phezu kwezinguquko zeseva.</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be saved: %1</source>
        <translation>Izinguquko zeseva azikwazanga ukulondolozwa: %1</translation>
    </message>
</context>
<context>
    <name>PullPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (at byte %1).</source>
        <translation>Impendulo yeseva akuyona i-JSON evumelekile (ku-byte %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a page of changes.</source>
        <translation>Impendulo yeseva akulona ikhasi lezinguquko.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes lacks rows, cursor or has_more, or has them in the wrong form.</source>
        <translation>Ikhasi lezinguquko leseva alinayo i-rows, i-cursor noma i-has_more, noma linazo ngendlela engafanele.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an empty cursor.</source>
        <translation>Ikhasi lezinguquko leseva line-cursor engenalutho.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an unreadable server_time.</source>
        <translation>Ikhasi lezinguquko leseva line-server_time engafundeki.</translation>
    </message>
    <message>
        <source>The server&apos;s rows for %1 are not a list.</source>
        <translation>Imigqa yeseva ye-%1 akulona uhlu.</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id or no version.</source>
        <translation>Umugqa we-%1 ovela eseveni awunayo i-id noma inguqulo.</translation>
    </message>
    <message>
        <source>The server&apos;s deleted ids for %1 are not a list.</source>
        <translation>Ama-id asusiwe eseva e-%1 akulona uhlu.</translation>
    </message>
    <message>
        <source>A deleted id of %1 from the server is not an id.</source>
        <translation>I-id esusiwe ye-%1 evela eseveni akuyona i-id.</translation>
    </message>
</context>
<context>
    <name>ReminderRulesPage</name>
    <message>
        <source>Clients get a reminder the day before and two hours before their appointment, on the first channel switched on here that they agreed to. Nothing is sent during quiet hours; a reminder due then goes out when they end, if it is still in time.</source>
        <translation>Amakhasimende athola isikhumbuzo ngosuku olungaphambi kwe-aphoyintimenti yawo nangamahora amabili ngaphambi kwayo, ngendlela yokuqala evuliwe lapha abavumelana nayo. Akukho okuthunyelwa phakathi namahora okuthula; isikhumbuzo esifika ngaleso sikhathi sithunyelwa lapho amahora okuthula ephela, uma kusesesikhathini.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Izikhumbuzo</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>I-imeyili</translation>
    </message>
    <message>
        <source>The day before (24 h)</source>
        <translation>Usuku olungaphambili (24 h)</translation>
    </message>
    <message>
        <source>Two hours before</source>
        <translation>Amahora amabili ngaphambili</translation>
    </message>
    <message>
        <source>24 h reminder by %1</source>
        <translation>Isikhumbuzo samahora angu-24 nge-%1</translation>
    </message>
    <message>
        <source>2 h reminder by %1</source>
        <translation>Isikhumbuzo samahora angu-2 nge-%1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Amahora okuthula</translation>
    </message>
    <message>
        <source>Send nothing from</source>
        <translation>Ungathumeli lutho kusukela</translation>
    </message>
    <message>
        <source>until</source>
        <translation>kuze kube</translation>
    </message>
    <message>
        <source>(the salon&apos;s time)</source>
        <translation>(isikhathi sesaluni)</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>Iseva ayikwamukelanga “%1”: %2 Izinguquko zakho zisekhona; zilungise bese ulondoloza futhi.</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>Kulondoloziwe; iseva izokuqinisekisa maduze.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kulondoloziwe.</translation>
    </message>
    <message>
        <source>Only an owner can change the reminder rules.</source>
        <translation>Umnikazi kuphela ongashintsha imithetho yezikhumbuzo.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Akukho okungalondolozwa.</translation>
    </message>
</context>
<context>
    <name>ReplyOutcome</name>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified (%2). Check the backend address and, for a self-hosted backend, its certificate authority file.</source>
        <translation>Ukuxhumana okuvikelekile ku-%1 kwehlulekile: isitifiketi sayo asikwazanga ukuqinisekiswa (%2). Hlola ikheli leseva futhi, uma iseva ezisingathayo, ifayela layo le-certificate authority.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>I-%1 ayiphendulanga ngesikhathi.</translation>
    </message>
    <message>
        <source>%1 refused the connection; the service may be down.</source>
        <translation>I-%1 yenqabe ukuxhumana; isevisi ingase ingasebenzi.</translation>
    </message>
    <message>
        <source>The server %1 could not be found; check the internet connection and the backend address.</source>
        <translation>Iseva %1 ayitholakalanga; hlola ukuxhumana kwe-inthanethi nekheli leseva.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Impendulo evela ku-%1 inqamukile.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2); check the internet connection.</source>
        <translation>Ukuxhumana ku-%1 kwehlulekile (%2); hlola ukuxhumana kwe-inthanethi.</translation>
    </message>
</context>
<context>
    <name>ResolveHandoffDialog</name>
    <message>
        <source>Resolve handoff</source>
        <translation>Xazulula ingxoxo edluliselwe</translation>
    </message>
    <message>
        <source>How did the conversation with %1 end?</source>
        <translation>Ingxoxo no-%1 iphele kanjani?</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Note (what was agreed, for the next person):</source>
        <translation>&amp;Inothi (okuvunyelwene ngakho, kolandelayo):</translation>
    </message>
    <message>
        <source>Resolve and &amp;next</source>
        <translation>Xazulula bese uya &amp;kolandelayo</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Xazulula</translation>
    </message>
    <message>
        <source>Pick how the conversation ended first.</source>
        <translation>Qala ukhethe ukuthi ingxoxo iphele kanjani.</translation>
    </message>
</context>
<context>
    <name>RowCodec</name>
    <message>
        <source>The server sent rows for a table Chairside does not keep (%1).</source>
        <translation>Iseva ithumele imigqa yethebula i-Chairside engaligcini (%1).</translation>
    </message>
    <message>
        <source>The local columns of %1 could not be read: %2</source>
        <translation>Amakholomu endawo e-%1 awakwazanga ukufundwa: %2</translation>
    </message>
    <message>
        <source>The local table %1 is missing or lacks id, version or deleted_at.</source>
        <translation>Ithebula lendawo %1 alikho noma alinayo i-id, i-version noma i-deleted_at.</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id.</source>
        <translation>Umugqa we-%1 ovela eseveni awunayo i-id.</translation>
    </message>
    <message>
        <source>The row %1 of %2 from the server has no version.</source>
        <translation>Umugqa %1 we-%2 ovela eseveni awunayo inguqulo.</translation>
    </message>
    <message>
        <source>The row %1 of %2 has a value in %3 that does not fit.</source>
        <translation>Umugqa %1 we-%2 unenani ku-%3 elingafaneleki.</translation>
    </message>
    <message>
        <source>A row of %1 from the server is not valid JSON (at byte %2 of the row).</source>
        <translation>Umugqa we-%1 ovela kuseva akuyona i-JSON evumelekile (ku-byte %2 yomugqa).</translation>
    </message>
</context>
<context>
    <name>RulesSaveBar</name>
    <message>
        <source>Discard changes</source>
        <translation>Lahla izinguquko</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Londoloza izinguquko</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 imiz</translation>
    </message>
    <message>
        <source> + %1 processing</source>
        <translation> + %1 yomkhiqizo</translation>
    </message>
    <message>
        <source> + %1 buffer</source>
        <translation> + %1 yokuhlanza</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Uhlobo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Isikhathi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Intengo</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Kuyanikezwa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yebo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Cha</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source> min</source>
        <translation> imiz</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>Insizakalo e&amp;ntsha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Insizakalo</translation>
    </message>
    <message>
        <source>Offered (customers and the assistant can book it)</source>
        <translation>Iyanikezwa (amakhasimende nomsizi bangayibhuka)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>I&amp;gama</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>U&amp;hlobo</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Ubude besikhathi</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>Isikhathi somkhi&amp;qizo</translation>
    </message>
    <message>
        <source>&amp;Buffer</source>
        <translation>Isikhathi sokuhlan&amp;za</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>In&amp;tengo</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>U&amp;mbala</translation>
    </message>
    <message>
        <source>A booking holds duration + processing + buffer. Processing is time the product works; the buffer is for cleaning up.</source>
        <translation>Ukubhuka kubamba ubude besikhathi + isikhathi somkhiqizo + isikhathi sokuhlanza. Isikhathi somkhiqizo yisikhathi umkhiqizo osebenza ngaso; isikhathi sokuhlanza singesokuhlanza ngemva kwalokho.</translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation>&amp;Londoloza insizakalo</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Buyisela</translation>
    </message>
    <message>
        <source>Service added.</source>
        <translation>Insizakalo yengeziwe.</translation>
    </message>
    <message>
        <source>Service saved.</source>
        <translation>Insizakalo ilondoloziwe.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no saved sign-in.</source>
        <translation>Akukho kungena okugciniwe.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Awungenile manje.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Uphumile.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Izilungiselelo</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co — empty for the demo salon</source>
        <translation>https://your-project.supabase.co — shiya kungenalutho ukuze usebenzise isaluni yesibonelo</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>I-URL yeseva</translation>
    </message>
    <message>
        <source>&amp;Backend URL:</source>
        <translation>I-&amp;URL yeseva:</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>Ukhiye we-anon (osobala) wephrojekthi</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Ukhiye we-anon</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>Ukhiye we-&amp;anon:</translation>
    </message>
    <message>
        <source>Only for a self-hosted backend with its own CA</source>
        <translation>Kuphela eseveni ezisingathayo ene-CA yayo</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Ifayela lesitifiketi se-CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Phe&amp;qulula…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Isitifiketi se-&amp;CA:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ulimi</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ulimi lwesistimu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>U&amp;limi:</translation>
    </message>
    <message>
        <source>Passwords and sign-in tokens are kept in the system keychain, never in these settings.</source>
        <translation>Amaphasiwedi namathokheni okungena kugcinwa ku-keychain yesistimu, hhayi kulezi zilungiselelo.</translation>
    </message>
    <message>
        <source>The backend URL is not a valid address.</source>
        <translation>I-URL yeseva akulona ikheli elivumelekile.</translation>
    </message>
    <message>
        <source>The backend URL must start with https:// — Chairside only talks to its backend over a verified encrypted connection.</source>
        <translation>I-URL yeseva kufanele iqale ngo-https:// — i-Chairside ikhuluma neseva yayo kuphela ngokuxhumana okubethelwe nokuqinisekisiwe.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon key (Supabase dashboard → Project settings → API).</source>
        <translation>Faka ukhiye we-anon wephrojekthi (ibhodi le-Supabase → Project settings → API).</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Ifayela lesitifiketi se-CA alikwazi ukufundwa.</translation>
    </message>
    <message>
        <source>Choose the backend&apos;s CA certificate</source>
        <translation>Khetha isitifiketi se-CA seseva</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Izitifiketi (*.pem *.crt);;Wonke amafayela (*)</translation>
    </message>
</context>
<context>
    <name>SetupSubmitter</name>
    <message>
        <source>Nothing to save.</source>
        <translation>Akukho okungalondolozwa.</translation>
    </message>
    <message>
        <source>They stay booked; you can move or cancel them in Appointments. Save the change anyway?</source>
        <translation>Ahlala ebhukiwe; ungawahambisa noma uwakhansele kuphaneli ethi Ama-aphoyintimenti. Londoloza inguquko noma kunjalo?</translation>
    </message>
    <message>
        <source>Not saved: the bookings were kept as they are.</source>
        <translation>Akulondolozwanga: ukubhuka kushiywe kunjalo.</translation>
    </message>
    <message>
        <source>The server found bookings this computer did not know of yet. Save the change anyway?</source>
        <translation>Iseva ithole ukubhuka le khompyutha ebingakakwazi. Londoloza inguquko noma kunjalo?</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Engeza umuntu</translation>
    </message>
    <message>
        <source>Staff — the desk and their own book</source>
        <translation>Umsebenzi — ideski nama-aphoyintimenti akhe</translation>
    </message>
    <message>
        <source>Admin — also the AI assistant&apos;s handoffs</source>
        <translation>Umphathi — kanye nezingxoxo ezidluliselwe ngumsizi we-AI</translation>
    </message>
    <message>
        <source>Owner — also analytics and these settings</source>
        <translation>Umnikazi — kanye nohlaziyo nalezi zilungiselelo</translation>
    </message>
    <message>
        <source>Active (shown in the calendar and bookable)</source>
        <translation>Usesebenza (uboniswa ekhalendeni futhi uyabhukeka)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>I&amp;gama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>I&amp;ndima</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>Umb&amp;ala</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>I&amp;foni</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>I-i&amp;meyili</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Izinsizakalo</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Londoloza imininingwane</translation>
    </message>
    <message>
        <source>Sign-in accounts are linked to people in the Supabase dashboard.</source>
        <translation>Ama-akhawunti okungena axhunywa kubantu ku-dashboard ye-Supabase.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Imininingwane</translation>
    </message>
    <message>
        <source>Save &amp;hours</source>
        <translation>Londoloza amah&amp;ora</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Buyisela</translation>
    </message>
    <message>
        <source>Times are in the salon&apos;s time zone. If new hours leave booked appointments outside them, you are asked before anything is saved.</source>
        <translation>Izikhathi zisezoni yesikhathi yesaluni. Uma amahora amasha eshiya ama-aphoyintimenti abhukiwe ngaphandle kwawo, uzobuzwa ngaphambi kokuba kulondolozwe lutho.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Amahora okusebenza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kusukela</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Kuze kube</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Isizathu</translation>
    </message>
    <message>
        <source>Add &amp;time off…</source>
        <translation>Engeza isikha&amp;thi sokungasebenzi…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Susa</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Akekho emsebenzini</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Ilungu elisha leqembu</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>U-%1 ujoyine iqembu.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Imininingwane ilondoloziwe.</translation>
    </message>
    <message>
        <source>Working hours saved.</source>
        <translation>Amahora okusebenza alondoloziwe.</translation>
    </message>
    <message>
        <source>Time off added.</source>
        <translation>Isikhathi sokungasebenzi sengeziwe.</translation>
    </message>
    <message>
        <source>Time off removed.</source>
        <translation>Isikhathi sokungasebenzi sisusiwe.</translation>
    </message>
    <message>
        <source>Tick the services this person does, or Every service.</source>
        <translation>Khetha izinsizakalo ezenziwa ngulo muntu, noma Zonke izinsizakalo.</translation>
    </message>
</context>
<context>
    <name>StaffServicesEditor</name>
    <message>
        <source>Every service</source>
        <translation>Zonke izinsizakalo</translation>
    </message>
    <message>
        <source>Does every service</source>
        <translation>Wenza zonke izinsizakalo</translation>
    </message>
    <message>
        <source>Anyone with this ticked can be booked for any offered service, including services added later.</source>
        <translation>Noma ubani onalokhu okukhethiwe angabhukhelwa noma iyiphi insizakalo enikezwayo, kuhlanganise nezinsizakalo ezengezwa kamuva.</translation>
    </message>
    <message>
        <source>Services this person does</source>
        <translation>Izinsizakalo ezenziwa ngulo muntu</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (ayinikezwa)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Owner</source>
        <translation>Umnikazi</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Umphathi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Umsebenzi</translation>
    </message>
    <message>
        <source>No working hours</source>
        <translation>Awekho amahora okusebenza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Indima</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Izinsuku zokusebenza</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Usesebenza</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yebo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Cha</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Status colours</source>
        <translation>Imibala yezimo</translation>
    </message>
    <message>
        <source>Appointment colours by status. Cancelled and no-show bookings are drawn faded and hatched.</source>
        <translation>Imibala yama-aphoyintimenti ngokwesimo. Ukubhuka okukhanseliwe nokwabangafikanga kudwetshwa kufiphele futhi kunemigqa.</translation>
    </message>
</context>
<context>
    <name>SupabaseRpcClient</name>
    <message>
        <source>The server&apos;s answer was incomplete or not readable.</source>
        <translation>Impendulo yeseva ibingaphelele noma ibingafundeki.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in, even after renewing it. Please sign in again.</source>
        <translation>Iseva ayikwamukelanga ukungena, ngisho nangemva kokukuvuselela. Sicela ungene futhi.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>I-akhawunti yakho ayivunyelwe ukwenza lokhu.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (%1).</source>
        <translation>I-akhawunti yakho ayivunyelwe ukwenza lokhu (%1).</translation>
    </message>
    <message>
        <source>The server is busy with too many requests; Chairside will try again shortly.</source>
        <translation>Iseva imatasa ngezicelo eziningi kakhulu; i-Chairside izozama futhi maduze.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); Chairside will try again.</source>
        <translation>Iseva ibe nenkinga (HTTP %1); i-Chairside izozama futhi.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Iseva yenqabe isicelo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sign-in has expired. Please sign in again.</source>
        <translation>Ukungena kuphelelwe yisikhathi. Sicela ungene futhi.</translation>
    </message>
    <message>
        <source>The salon&apos;s server cannot be reached.</source>
        <translation>Iseva yesaluni ayifinyeleleki.</translation>
    </message>
    <message>
        <source>The salon&apos;s server did not answer in time.</source>
        <translation>Iseva yesaluni ayiphendulanga ngesikhathi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Isitifiketi seseva asikwazanga ukuqinisekiswa.</translation>
    </message>
    <message>
        <source>The server asked Chairside to slow down.</source>
        <translation>Iseva icele i-Chairside ukuthi yehlise ijubane.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Iseva ibe nenkinga (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or garbled.</source>
        <translation>Impendulo yeseva ibingaphelele noma ibonakele.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Iseva yenqabe isicelo (HTTP %1).</translation>
    </message>
    <message>
        <source>Downloading changes is paused: the server would remove many records.</source>
        <translation>Ukulanda izinguquko kumisiwe: iseva ingasusa amarekhodi amaningi.</translation>
    </message>
    <message>
        <source>Not connected to a salon&apos;s server.</source>
        <translation>Awuxhunyiwe kuseva yesaluni.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sent edits was garbled.</source>
        <translation>Impendulo yeseva ezinguqukweni ezithunyelwe ibonakele.</translation>
    </message>
    <message>
        <source>The server sent changes Chairside could not read: %1</source>
        <translation>Iseva ithumele izinguquko i-Chairside engakwazanga ukuzifunda: %1</translation>
    </message>
    <message>
        <source>The downloaded changes could not be saved on this computer.</source>
        <translation>Izinguquko ezilandiwe azikwazanga ukulondolozwa kule khompyutha.</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Sync issues</source>
        <translation>Izinkinga zokuvumelanisa</translation>
    </message>
    <message>
        <source>These changes were not accepted by the salon&apos;s server, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>Lezi zinguquko azamukelwanga yiseva yesaluni, ngakho zihlehlisiwe kule khompyutha. U-Zama futhi uthumela inguquko futhi; u-Lahla uyayikhohlwa.</translation>
    </message>
    <message>
        <source>Changes not accepted</source>
        <translation>Izinguquko ezingamukelwanga</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Konke kuvumelanisiwe.</translation>
    </message>
    <message>
        <source>Sync issue status</source>
        <translation>Isimo senkinga yokuvumelanisa</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Zama futhi</translation>
    </message>
    <message>
        <source>Retry the selected change</source>
        <translation>Zama futhi inguquko ekhethiwe</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Thumela inguquko ekhethiwe eseveni futhi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Lahla</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Lahla inguquko ekhethiwe</translation>
    </message>
    <message>
        <source>Forget the selected change; it stays undone</source>
        <translation>Khohlwa inguquko ekhethiwe; ihlala ihlehlisiwe</translation>
    </message>
    <message>
        <source>Close sync issues</source>
        <translation>Vala izinkinga zokuvumelanisa</translation>
    </message>
    <message>
        <source>The change was queued again.</source>
        <translation>Inguquko iphinde yafakwa emgqeni.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Lahla le nguquko?</translation>
    </message>
    <message>
        <source>“%1” stays undone and will not be sent again.</source>
        <translation>“%1” ihlala ihlehlisiwe futhi ngeke iphinde ithunyelwe.</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>Inguquko ilahliwe.</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Isitolo sendawo asivuliwe.</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>Omunye umuntu ukushintshe lokhu kuqala.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>Lokhu sekuvele kukhona.</translation>
    </message>
    <message>
        <source>Someone else is already handling this conversation.</source>
        <translation>Omunye umuntu useyiphethe le ngxoxo.</translation>
    </message>
    <message>
        <source>This conversation was already resolved.</source>
        <translation>Le ngxoxo yayisixazululiwe.</translation>
    </message>
    <message>
        <source>The staff member is already booked at that time.</source>
        <translation>Ilungu labasebenzi selivele libhukiwe ngaleso sikhathi.</translation>
    </message>
    <message>
        <source>The customer does not have enough points.</source>
        <translation>Ikhasimende alinawo amaphoyinti anele.</translation>
    </message>
    <message>
        <source>The appointment cannot move to that status.</source>
        <translation>I-aphoyintimenti ayikwazi ukuya kuleso simo.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Indima yakho ayikuvumeli lolu shintsho.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Akusekho.</translation>
    </message>
    <message>
        <source>The server did not accept this change.</source>
        <translation>Iseva ayikwamukelanga lolu shintsho.</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Obekuzanywa</translation>
    </message>
    <message>
        <source>Why it was not accepted</source>
        <translation>Kungani kungamukelwanga</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nini</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>%1 s</source>
        <comment>retrying in … seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>retrying in … minutes</comment>
        <translation>%1 imiz</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Isimo sokuvumelanisa</translation>
    </message>
    <message>
        <source>Local demo data · Sync off</source>
        <translation>Idatha yesibonelo yendawo · Ukuvumelanisa kuvaliwe</translation>
    </message>
    <message>
        <source>Chairside is working on a generated demo salon stored on this computer. Nothing is sent anywhere. Sign in to your salon in File → Sign in…</source>
        <translation>I-Chairside isebenza ngesaluni yesibonelo ekhiqiziwe egcinwe kule khompyutha. Akukho okuthunyelwa ndawo. Ngena esalonini yakho ku-Ifayela → Ngena…</translation>
    </message>
    <message>
        <source>Edits the server did not accept: see what happened and retry or discard them.</source>
        <translation>Izinguquko iseva engazamukelanga: bona ukuthi kwenzekeni bese uzama futhi noma uzilahle.</translation>
    </message>
    <message>
        <source>retrying now…</source>
        <translation>kuzanywa futhi manje…</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>kuzozanywa futhi emva kuka-%1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kuyaxhunywa…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Kuyavumelaniswa…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Uxhunyiwe</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Awuxhunyiwe</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Awuxhunyiwe — %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uphumile</translation>
    </message>
    <message>
        <source>Paused — needs your decision</source>
        <translation>Kumisiwe — kudinga isinqumo sakho</translation>
    </message>
    <message>
        <source>Last synced: never</source>
        <translation>Ukuvumelanisa kokugcina: akukaze</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>Kuvumelaniswe manje nje</translation>
    </message>
    <message>
        <source>Last synced %1 min ago</source>
        <translation>Kuvumelaniswe emizuzwini engu-%1 edlule</translation>
    </message>
    <message>
        <source>Last synced %1 h ago</source>
        <translation>Kuvumelaniswe emahoreni angu-%1 edlule</translation>
    </message>
    <message>
        <source>Last synced on %1</source>
        <translation>Kuvumelaniswe ngo-%1</translation>
    </message>
    <message>
        <source>Everything on this computer matched the salon&apos;s server at %1.</source>
        <translation>Konke okukule khompyutha bekufana neseva yesaluni ngo-%1.</translation>
    </message>
    <message>
        <source>This computer has not finished downloading the salon&apos;s data yet.</source>
        <translation>Le khompyutha ayikaqedi ukulanda idatha yesaluni.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Ukuvumelanisa: %1</translation>
    </message>
    <message>
        <source>1 edit waiting</source>
        <translation>Inguquko e-1 ilindile</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>Inguquko engu-%n ilindile</numerusform>
            <numerusform>Izinguquko ezingu-%n zilindile</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made on this computer that the server has not confirmed yet. They are kept safely and sent when the connection is back.</source>
        <translation>Izinguquko ezenziwe kule khompyutha iseva engakaziqinisekisi. Zigcinwe ngokuphephile futhi zizothunyelwa uma ukuxhumana sekubuyile.</translation>
    </message>
    <message>
        <source>1 sync issue</source>
        <translation>Inkinga yokuvumelanisa e-1</translation>
    </message>
    <message numerus="yes">
        <source>%n sync issues</source>
        <translation>
            <numerusform>Inkinga yokuvumelanisa engu-%n</numerusform>
            <numerusform>Izinkinga zokuvumelanisa ezingu-%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading your salon… %1 records</source>
        <translation>Kulandwa isaluni yakho… amarekhodi angu-%1</translation>
    </message>
    <message>
        <source>Connected to the salon&apos;s server. Changes arrive within seconds.</source>
        <translation>Uxhunywe kuseva yesaluni. Izinguquko zifika phakathi nemizuzwana.</translation>
    </message>
    <message>
        <source>Sign in again (File → Sign in…) to send and receive changes. What is on this computer stays readable.</source>
        <translation>Ngena futhi (Ifayela → Ngena…) ukuze uthumele futhi wamukele izinguquko. Okukule khompyutha kuhlala kufundeka.</translation>
    </message>
    <message>
        <source>Chairside is waiting for you to decide about records the server would remove.</source>
        <translation>I-Chairside ilinde ukuthi unqume ngamarekhodi iseva engawasusa.</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Isikhathi sokungasebenzi sika-%1</translation>
    </message>
    <message>
        <source>Leave, training, doctor…</source>
        <translation>Ikhefu, ukuqeqeshwa, udokotela…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Kusukela</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Ku&amp;ze kube</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Isizathu</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Ifayela le-certificate authority %1 alikwazi ukufundwa: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format.</source>
        <translation>Ifayela %1 alinaso isitifiketi ngefomethi ye-PEM.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>No saved sign-in was found in the system keychain.</source>
        <translation>Akukho kungena okugciniwe okutholakale ku-keychain yesistimu.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>I-keychain yesistimu ayitholakali: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>I-keychain yesistimu yenqabe ukufinyelela: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>I-keychain yesistimu ibike iphutha: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Customer</source>
        <translation>Ikhasimende</translation>
    </message>
    <message>
        <source>%1 (AI assistant)</source>
        <translation>%1 (umsizi we-AI)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Abasebenzi</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Isistimu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 ngo-%2: %3</translation>
    </message>
    <message>
        <source>Queued — waiting to be sent</source>
        <translation>Kusemgqeni — kulinde ukuthunyelwa</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Kuthunyelwe</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Kufikile</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ Kufundiwe</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Akufikanga</translation>
    </message>
    <message>
        <source>⚠ Not delivered: %1</source>
        <translation>⚠ Akufikanga: %1</translation>
    </message>
</context>
<context>
    <name>WorkingHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kusukela</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kuze kube</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Ikhefu</translation>
    </message>
    <message>
        <source>Break on %1</source>
        <translation>Ikhefu ngo-%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chairside cannot start</source>
        <translation>I-Chairside ayikwazi ukuqala</translation>
    </message>
</context>
</TS>
