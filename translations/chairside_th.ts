<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AnalyticsPane</name>
    <message>
        <source>WhatsApp assistant</source>
        <translation>ผู้ช่วย WhatsApp</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>จองออนไลน์</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>วอล์กอิน</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>หน้าร้าน</translation>
    </message>
    <message>
        <source>%1 (narrows the charts; the cards always cover the whole business)</source>
        <translation>%1 (กรองเฉพาะกราฟ ส่วนการ์ดสรุปแสดงทั้งกิจการเสมอ)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>แสดง %1 วันล่าสุด</translation>
    </message>
    <message>
        <source>The last %1 days up to and including today, compared with the %1 days before</source>
        <translation>%1 วันล่าสุดจนถึงวันนี้ เทียบกับ %1 วันก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>กำหนดเอง…</translation>
    </message>
    <message>
        <source>Show a custom range of days</source>
        <translation>แสดงช่วงวันที่กำหนดเอง</translation>
    </message>
    <message>
        <source>Any range of whole days, compared with the same number of days just before it</source>
        <translation>ช่วงวันใดก็ได้ (เต็มวัน) เทียบกับช่วงก่อนหน้าที่มีจำนวนวันเท่ากัน</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>รายงาน PDF…</translation>
    </message>
    <message>
        <source>Save the cards, the charts and their definitions as a PDF file</source>
        <translation>บันทึกการ์ด กราฟ และคำอธิบายตัวชี้วัดเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Charts for</source>
        <translation>กราฟของ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>พนักงานทั้งหมด</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>บริการทั้งหมด</translation>
    </message>
    <message>
        <source>Booking source</source>
        <translation>ช่องทางการจอง</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>ส่งออก %1</translation>
    </message>
    <message>
        <source>Save this chart&apos;s data as CSV or the chart as PNG</source>
        <translation>บันทึกข้อมูลของกราฟนี้เป็น CSV หรือบันทึกกราฟเป็น PNG</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>บันทึกข้อมูลเป็น CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>บันทึกกราฟเป็น PNG…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>กำลังอัปเดต…</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2 เทียบกับ %3 – %4</translation>
    </message>
    <message>
        <source>%1 — %2
This period: %3 · previous period: %4 · change: %5</source>
        <translation>%1 — %2
ช่วงนี้: %3 · ช่วงก่อน: %4 · เปลี่ยนแปลง: %5</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>เขียนไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>เขียนไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 — analytics</source>
        <translation>%1 — การวิเคราะห์</translation>
    </message>
    <message>
        <source>Charts filtered: %1, %2, %3</source>
        <translation>กรองกราฟ: %1, %2, %3</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>คำอธิบายตัวชี้วัด</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>บันทึกกราฟเป็น PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>บันทึกข้อมูลกราฟเป็น CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>บันทึกแดชบอร์ดเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsDialog</name>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>เลื่อนนัด(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>ยกเลิกการจอง(&amp;C)…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การเตือนนัด</translation>
    </message>
    <message>
        <source>24-hour reminder</source>
        <translation>เตือนล่วงหน้า 24 ชั่วโมง</translation>
    </message>
    <message>
        <source>2-hour reminder</source>
        <translation>เตือนล่วงหน้า 2 ชั่วโมง</translation>
    </message>
    <message>
        <source>24 hours before:</source>
        <translation>ก่อน 24 ชั่วโมง:</translation>
    </message>
    <message>
        <source>2 hours before:</source>
        <translation>ก่อน 2 ชั่วโมง:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>ประวัติการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>วอล์กอิน</translation>
    </message>
    <message>
        <source>Appointment · %1</source>
        <translation>นัดหมาย · %1</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 ในเครื่องนี้</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 กับ %2</translation>
    </message>
    <message>
        <source>booked through %1</source>
        <translation>จองผ่าน %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>This booking was deleted.</source>
        <translation>การจองนี้ถูกลบแล้ว</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงที่บันทึกไว้</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>นัดหมายใหม่</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>วอล์กอิน</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>เลื่อนนัด</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Name, phone or e-mail; leave empty for a walk-in</source>
        <translation>ชื่อ เบอร์โทร หรืออีเมล เว้นว่างไว้สำหรับลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>ลูกค้าที่ตรงกัน</translation>
    </message>
    <message>
        <source>Walk-in: no customer record</source>
        <translation>วอล์กอิน: ไม่มีข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>ลูกค้าใหม่(&amp;U)…</translation>
    </message>
    <message>
        <source>Add a customer and book for them</source>
        <translation>เพิ่มลูกค้าใหม่แล้วจองให้เลย</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>ลูกค้า(&amp;U):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>+ Add a service to this visit</source>
        <translation>+ เพิ่มบริการในการมาครั้งนี้</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>บริการ(&amp;S):</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>พนักงาน(&amp;T):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>เมื่อ(&amp;W):</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>ทุก</translation>
    </message>
    <message>
        <source>Repeat this visit</source>
        <translation>นัดซ้ำ</translation>
    </message>
    <message>
        <source>Weeks between visits</source>
        <translation>จำนวนสัปดาห์ระหว่างการมาแต่ละครั้ง</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> สัปดาห์</translation>
    </message>
    <message>
        <source>How the series ends</source>
        <translation>วิธีสิ้นสุดนัดต่อเนื่อง</translation>
    </message>
    <message>
        <source>for</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>until</source>
        <translation>จนถึง</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> ครั้ง</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>วันสุดท้ายของนัดต่อเนื่อง</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>ทำซ้ำ(&amp;R):</translation>
    </message>
    <message>
        <source>Book the same visit again every few weeks at the same time</source>
        <translation>จองบริการเดิมซ้ำทุก ๆ สองสามสัปดาห์ในเวลาเดียวกัน</translation>
    </message>
    <message>
        <source>&amp;Let the customer know the new time</source>
        <translation>แจ้งเวลาใหม่ให้ลูกค้าทราบ(&amp;L)</translation>
    </message>
    <message>
        <source>Queues a message to the customer on their preferred channel with the new time</source>
        <translation>ส่งข้อความแจ้งเวลาใหม่ให้ลูกค้าทางช่องทางที่ลูกค้าเลือกไว้</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Anything the stylist should know</source>
        <translation>สิ่งที่ช่างควรรู้</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>เวลาที่แสดงเป็นเวลา %1</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>ย้ายนัด</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>จอง</translation>
    </message>
    <message>
        <source>Pick the customer from the list.</source>
        <translation>เลือกลูกค้าจากรายการ</translation>
    </message>
    <message>
        <source>Then service %1</source>
        <translation>บริการลำดับที่ %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>ต่อด้วย %1</translation>
    </message>
    <message>
        <source>Remove this service from the visit</source>
        <translation>นำบริการนี้ออกจากการมาครั้งนี้</translation>
    </message>
    <message>
        <source>Remove service %1</source>
        <translation>นำบริการ %1 ออก</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>ไม่มีนัดนี้แล้ว</translation>
    </message>
    <message>
        <source>(no longer active)</source>
        <translation>(ไม่ได้ใช้งานแล้ว)</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>ไม่มีลูกค้าที่ตรงกับ &quot;%1&quot;</translation>
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
        <translation> · พักรอ %1</translation>
    </message>
    <message>
        <source> · %1 clean-up</source>
        <translation> · เก็บงาน %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>จนถึง %1</translation>
    </message>
    <message>
        <source>%1 visits, the last on %2</source>
        <translation>%1 ครั้ง ครั้งสุดท้ายวันที่ %2</translation>
    </message>
    <message>
        <source>Only this visit: the last day is before the next one.</source>
        <translation>เฉพาะครั้งนี้: วันสุดท้ายอยู่ก่อนครั้งถัดไป</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>เลือกบริการ</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or clear the field to book a walk-in.</source>
        <translation>เลือกลูกค้าจากรายการ หรือล้างช่องนี้เพื่อจองแบบวอล์กอิน</translation>
    </message>
    <message>
        <source>Choose who does the appointment.</source>
        <translation>เลือกพนักงานที่จะให้บริการ</translation>
    </message>
    <message>
        <source>The series has no visit: choose a last day after the first.</source>
        <translation>นัดต่อเนื่องนี้ไม่มีครั้งใดเลย: เลือกวันสุดท้ายที่อยู่หลังครั้งแรก</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>วันที่ %1: %2</translation>
    </message>
    <message>
        <source>Bookings of one person cannot overlap: choose another time or staff member.</source>
        <translation>การจองของคนคนเดียวซ้อนเวลากันไม่ได้: เลือกเวลาอื่นหรือพนักงานคนอื่น</translation>
    </message>
    <message>
        <source>%1 of %2 bookings were made; the one on %3 was refused: %4</source>
        <translation>จองได้ %1 จาก %2 รายการ รายการวันที่ %3 ถูกปฏิเสธ: %4</translation>
    </message>
    <message>
        <source>%1 does not do %2 (their services are set in Business, Staff).</source>
        <translation>%1 ไม่ได้ทำ %2 (กำหนดบริการของพนักงานได้ที่ ร้าน › พนักงาน)</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>Date and time</source>
        <translation>วันที่และเวลา</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
</context>
<context>
    <name>AppointmentListPanel</name>
    <message>
        <source>No bookings match these dates and filters.</source>
        <translation>ไม่มีการจองที่ตรงกับวันที่และตัวกรองนี้</translation>
    </message>
    <message>
        <source>Failed reminders</source>
        <translation>เตือนนัดไม่สำเร็จ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>Show appointments starting on or after this day</source>
        <translation>แสดงนัดที่เริ่มในวันนี้หรือหลังจากนี้</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>Show appointments starting on or before this day</source>
        <translation>แสดงนัดที่เริ่มในวันนี้หรือก่อนหน้านี้</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>จาก(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ถึง(&amp;O)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s appointments</source>
        <translation>เฉพาะนัดของพนักงานคนนี้</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>พนักงานทั้งหมด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Only appointments with this status</source>
        <translation>เฉพาะนัดที่มีสถานะนี้</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Only appointments for this service</source>
        <translation>เฉพาะนัดของบริการนี้</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>บริการทั้งหมด</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>จองผ่าน</translation>
    </message>
    <message>
        <source>Only appointments booked through this channel</source>
        <translation>เฉพาะนัดที่จองผ่านช่องทางนี้</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <source>Only bookings whose 24-hour or 2-hour reminder could not be delivered, to call or message those customers yourself</source>
        <translation>เฉพาะการจองที่ส่งข้อความเตือนล่วงหน้า 24 ชั่วโมงหรือ 2 ชั่วโมงไม่สำเร็จ เพื่อให้คุณโทรหรือส่งข้อความหาลูกค้าเอง</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <source>Customer name, e-mail or phone</source>
        <translation>ชื่อลูกค้า อีเมล หรือเบอร์โทร</translation>
    </message>
    <message>
        <source>Only appointments of customers whose name, e-mail or phone number matches</source>
        <translation>เฉพาะนัดของลูกค้าที่ชื่อ อีเมล หรือเบอร์โทรตรงกับคำค้น</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>จำนวนนัด</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 นัด</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 นัด</translation>
    </message>
</context>
<context>
    <name>AppointmentsPane</name>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Day view: one column per staff member</source>
        <translation>มุมมองรายวัน: หนึ่งคอลัมน์ต่อพนักงานหนึ่งคน</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>Week view: one column per day</source>
        <translation>มุมมองรายสัปดาห์: หนึ่งคอลัมน์ต่อหนึ่งวัน</translation>
    </message>
    <message>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>List view: filter and sort appointments</source>
        <translation>มุมมองรายการ: กรองและเรียงลำดับนัด</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>ไปที่วันนี้ (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>วันหรือสัปดาห์ก่อนหน้า (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>วันหรือสัปดาห์ถัดไป (Alt+Right)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>วันที่แสดง</translation>
    </message>
    <message>
        <source>The day shown; click the arrow for a calendar</source>
        <translation>วันที่แสดงอยู่ คลิกลูกศรเพื่อเปิดปฏิทิน</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>สรุปของวัน</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>นัดหมายใหม่</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>จองนัด (Ctrl+N)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>วอล์กอิน</translation>
    </message>
    <message>
        <source>Book a walk-in starting now (Ctrl+W)</source>
        <translation>จองลูกค้าวอล์กอินที่เริ่มตอนนี้ (Ctrl+W)</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>สัปดาห์ของใคร</translation>
    </message>
    <message>
        <source>Show the week of one staff member or of everyone</source>
        <translation>แสดงสัปดาห์ของพนักงานคนเดียวหรือของทุกคน</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>พนักงาน…</translation>
    </message>
    <message>
        <source>Choose and order the staff columns</source>
        <translation>เลือกและเรียงคอลัมน์พนักงาน</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Save appointments to a file</source>
        <translation>บันทึกนัดหมายลงไฟล์</translation>
    </message>
    <message>
        <source>This day as calendar file (.ics)…</source>
        <translation>วันนี้เป็นไฟล์ปฏิทิน (.ics)…</translation>
    </message>
    <message>
        <source>This list as CSV…</source>
        <translation>รายการนี้เป็น CSV…</translation>
    </message>
    <message>
        <source>Print the day sheet…</source>
        <translation>พิมพ์ใบงานประจำวัน…</translation>
    </message>
    <message>
        <source>The day sheet as PDF…</source>
        <translation>ใบงานประจำวันเป็น PDF…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>ปิดข้อความ</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>นัดหมายใหม่…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>วอล์กอิน…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงแล้ว</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>เริ่มให้บริการ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Let the customer know</source>
        <translation>แจ้งลูกค้า</translation>
    </message>
    <message>
        <source>Confirming or marking a no-show also sends the customer a message</source>
        <translation>เมื่อยืนยันนัดหรือบันทึกว่าไม่มาตามนัด ระบบจะส่งข้อความถึงลูกค้าด้วย</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>ยกเลิก…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>เลื่อนนัด…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>รายละเอียด…</translation>
    </message>
    <message>
        <source>Read-only: sign in to change bookings</source>
        <translation>อ่านอย่างเดียว: เข้าสู่ระบบเพื่อแก้ไขการจอง</translation>
    </message>
    <message>
        <source>This booking can no longer be changed</source>
        <translation>การจองนี้แก้ไขไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 รายการจอง</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 รายการจอง</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>รอยืนยัน %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>ยกเลิก %n</numerusform>
        </translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>ไม่มาตามนัด 1</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>ไม่มาตามนัด %1</translation>
    </message>
    <message>
        <source>Everyone (a page each)</source>
        <translation>ทุกคน (คนละหน้า)</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>ใบงานประจำวัน</translation>
    </message>
    <message>
        <source>Whose day sheet?</source>
        <translation>ใบงานประจำวันของใคร</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>บันทึกใบงานประจำวันเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>ใบงานประจำวัน %1</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>ส่งออกรายการเป็น CSV</translation>
    </message>
    <message>
        <source>Export the day as a calendar file</source>
        <translation>ส่งออกวันนี้เป็นไฟล์ปฏิทิน</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ไฟล์ปฏิทิน (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to %1.</source>
        <translation>
            <numerusform>บันทึกนัด %n รายการลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>สิ่งที่ทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูลที่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>No changes match these filters.</source>
        <translation>ไม่มีการเปลี่ยนแปลงที่ตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Automatic (no person)</source>
        <translation>อัตโนมัติ (ไม่มีผู้ดำเนินการ)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>ประเภทการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>การเปลี่ยนแปลง 1 รายการ</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>การเปลี่ยนแปลง %1 รายการ</translation>
    </message>
    <message>
        <source>Only an owner can read the audit log.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ดูบันทึกการตรวจสอบได้</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ส่งออกบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>ส่งออก%1ไปที่ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>The sign-in service sent an answer Chairside cannot read.</source>
        <translation>บริการเข้าสู่ระบบส่งคำตอบที่ Chairside อ่านไม่ได้</translation>
    </message>
    <message>
        <source>Too many sign-in attempts in a short time; wait a minute and try again.</source>
        <translation>พยายามเข้าสู่ระบบหลายครั้งเกินไปในเวลาสั้น ๆ รอสักหนึ่งนาทีแล้วลองใหม่</translation>
    </message>
    <message>
        <source>The sign-in service has a problem (HTTP %1); try again in a few minutes.</source>
        <translation>บริการเข้าสู่ระบบมีปัญหา (HTTP %1) ลองใหม่ในอีกไม่กี่นาที</translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again.</source>
        <translation>บริการเข้าสู่ระบบไม่ว่าง ลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The backend refused the app&apos;s anon key; check the backend settings.</source>
        <translation>แบ็กเอนด์ปฏิเสธคีย์ anon ของแอป ตรวจสอบการตั้งค่าแบ็กเอนด์</translation>
    </message>
    <message>
        <source>This e-mail address has not been confirmed yet; open the link in the invitation e-mail first.</source>
        <translation>อีเมลนี้ยังไม่ได้รับการยืนยัน กรุณาเปิดลิงก์ในอีเมลคำเชิญก่อน</translation>
    </message>
    <message>
        <source>This account is blocked; ask the salon owner to unblock it.</source>
        <translation>บัญชีนี้ถูกระงับ กรุณาขอให้เจ้าของร้านปลดการระงับ</translation>
    </message>
    <message>
        <source>Signing in with e-mail and password is turned off for this salon.</source>
        <translation>ร้านนี้ปิดการเข้าสู่ระบบด้วยอีเมลและรหัสผ่าน</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>อีเมลหรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was signed out elsewhere or expired). Please sign in again.</source>
        <translation>การเข้าสู่ระบบของคุณสิ้นสุดแล้ว (ออกจากระบบจากที่อื่นหรือหมดอายุ) กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>The server could not end the session (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์ไม่สามารถปิดเซสชันได้ (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>BackendConfig</name>
    <message>
        <source>No backend address is set.</source>
        <translation>ยังไม่ได้ตั้งค่าที่อยู่แบ็กเอนด์</translation>
    </message>
    <message>
        <source>The backend address is not a valid web address.</source>
        <translation>ที่อยู่แบ็กเอนด์ไม่ใช่ที่อยู่เว็บที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The backend address must start with https://; unencrypted connections are not allowed.</source>
        <translation>ที่อยู่แบ็กเอนด์ต้องขึ้นต้นด้วย https:// ไม่อนุญาตให้เชื่อมต่อแบบไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The backend address has no host name.</source>
        <translation>ที่อยู่แบ็กเอนด์ไม่มีชื่อโฮสต์</translation>
    </message>
    <message>
        <source>The backend address must be a plain https:// address without a user name, query or fragment.</source>
        <translation>ที่อยู่แบ็กเอนด์ต้องเป็นที่อยู่ https:// ธรรมดา ไม่มีชื่อผู้ใช้ query หรือ fragment</translation>
    </message>
    <message>
        <source>The project&apos;s anon key is missing.</source>
        <translation>ไม่มีคีย์ anon ของโปรเจกต์</translation>
    </message>
    <message>
        <source>This is the project&apos;s secret key. Chairside never holds a secret key: enter the publishable (anon) key instead, and replace the secret key if it was shared.</source>
        <translation>นี่คือคีย์ลับ (secret key) ของโปรเจกต์ Chairside ไม่เก็บคีย์ลับเด็ดขาด: ให้ใส่คีย์สาธารณะ (anon) แทน และเปลี่ยนคีย์ลับใหม่หากเคยส่งต่อให้ผู้อื่น</translation>
    </message>
    <message>
        <source>The anon key is not recognised: it should be the project&apos;s anon key (a long text in three parts separated by dots) or a key starting with sb_publishable_.</source>
        <translation>ไม่รู้จักคีย์ anon นี้: ต้องเป็นคีย์ anon ของโปรเจกต์ (ข้อความยาวสามส่วนคั่นด้วยจุด) หรือคีย์ที่ขึ้นต้นด้วย sb_publishable_</translation>
    </message>
    <message>
        <source>This key has the role &quot;%1&quot;, not anon. Chairside only holds the anon key; a key with more rights, such as the service-role key, must never be on a desk: enter the anon key instead, and rotate this one if it was shared.</source>
        <translation>คีย์นี้มีบทบาท &quot;%1&quot; ไม่ใช่ anon Chairside เก็บเฉพาะคีย์ anon เท่านั้น คีย์ที่มีสิทธิ์มากกว่า เช่น คีย์ service-role ต้องไม่อยู่บนเครื่องหน้าร้านเด็ดขาด: ให้ใส่คีย์ anon แทน และเปลี่ยนคีย์นี้ใหม่หากเคยส่งต่อให้ผู้อื่น</translation>
    </message>
</context>
<context>
    <name>BusinessPane</name>
    <message>
        <source>Upcoming appointments</source>
        <translation>นัดที่จะถึง</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>บันทึกต่อไป</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Business settings</source>
        <translation>การตั้งค่าร้าน</translation>
    </message>
    <message>
        <source>How %1 runs: the profile, who works when, what is offered at what price, how loyalty earns and which reminders clients get. Changes are checked by the server and recorded in the audit log.</source>
        <translation>การดำเนินงานของ %1: ข้อมูลร้าน ใครทำงานเมื่อไร มีบริการอะไรในราคาเท่าไร การสะสมแต้มเป็นอย่างไร และลูกค้าได้รับการเตือนนัดแบบใด เซิร์ฟเวอร์จะตรวจสอบการเปลี่ยนแปลงและเก็บไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ข้อมูลร้าน</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>สะสมแต้ม</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การเตือนนัด</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>The server refused a change</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1: %2

The change was taken back on this computer.</source>
        <translation>%1: %2

ยกเลิกการเปลี่ยนแปลงนี้บนเครื่องนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>Chairside found its local copy damaged but could not set it aside (%1). Close other programs using it and start Chairside again.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย แต่ย้ายไปเก็บแยกไว้ไม่ได้ (%1) ปิดโปรแกรมอื่นที่ใช้ไฟล์นี้อยู่แล้วเปิด Chairside ใหม่</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>&amp;Let the customer know (by their preferred channel)</source>
        <translation>แจ้งลูกค้า (ผ่านช่องทางที่ลูกค้าเลือกไว้)(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>ยกเลิกนัด</translation>
    </message>
    <message>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>ยกเลิก &lt;b&gt;%1&lt;/b&gt; ใช่ไหม</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>เหตุผล (จำเป็น)(&amp;R):</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>เหตุผลที่ยกเลิก</translation>
    </message>
    <message>
        <source>e.g. Customer called, unwell</source>
        <translation>เช่น ลูกค้าโทรมาแจ้งว่าไม่สบาย</translation>
    </message>
    <message>
        <source>Queues a message to the customer saying the booking is cancelled</source>
        <translation>ส่งข้อความแจ้งลูกค้าว่าการจองถูกยกเลิก</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>เก็บนัดไว้</translation>
    </message>
</context>
<context>
    <name>Chairside</name>
    <message>
        <source>Chairside — the front-desk console for salons and clinics.
Without a configured backend it opens a generated demo salon stored locally.</source>
        <translation>Chairside — โปรแกรมหน้าร้านสำหรับร้านทำผมและคลินิกความงาม
หากยังไม่ได้ตั้งค่าแบ็กเอนด์ จะเปิดร้านตัวอย่างที่สร้างขึ้นและเก็บไว้ในเครื่อง</translation>
    </message>
    <message>
        <source>Keep the local store and settings in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>เก็บข้อมูลในเครื่องและการตั้งค่าไว้ใน &lt;dir&gt; แทนโฟลเดอร์ข้อมูลของผู้ใช้</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Grow the demo salon &lt;n&gt; times (1 to 100; default 1).</source>
        <translation>ขยายร้านตัวอย่าง &lt;n&gt; เท่า (1 ถึง 100 ค่าเริ่มต้น 1)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Demo salon region: za (Cape Town, ZAR) or th (Bangkok, THB); default za.</source>
        <translation>ภูมิภาคของร้านตัวอย่าง: za (เคปทาวน์, ZAR) หรือ th (กรุงเทพฯ, THB) ค่าเริ่มต้น za</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>Generate the demo salon as of &lt;date&gt; (YYYY-MM-DD) instead of today.</source>
        <translation>สร้างร้านตัวอย่าง ณ วันที่ &lt;date&gt; (YYYY-MM-DD) แทนวันนี้</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; and exit (works with -platform offscreen).</source>
        <translation>วาดหน้าต่างหลักเป็นไฟล์ PNG &lt;file&gt; แล้วปิดโปรแกรม (ใช้ได้กับ -platform offscreen)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The pane to show: %1.</source>
        <translation>หน้าที่จะแสดง: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sync: one push and pull, then exit (the default).</source>
        <translation>sync: ส่งและดึงข้อมูลหนึ่งรอบแล้วปิดโปรแกรม (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>sync: keep syncing until stopped.</source>
        <translation>sync: ซิงค์ต่อเนื่องจนกว่าจะสั่งหยุด</translation>
    </message>
    <message>
        <source>sync --watch: look for changes at least every &lt;seconds&gt; (default 30).</source>
        <translation>sync --watch: ตรวจหาการเปลี่ยนแปลงอย่างน้อยทุก &lt;seconds&gt; วินาที (ค่าเริ่มต้น 30)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>status, report: print JSON instead of text.</source>
        <translation>status, report: แสดงผลเป็น JSON แทนข้อความ</translation>
    </message>
    <message>
        <source>status: compare row counts and versions of the local copy with the server.</source>
        <translation>status: เปรียบเทียบจำนวนแถวและเวอร์ชันของสำเนาในเครื่องกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>login: the e-mail address to sign in with.</source>
        <translation>login: อีเมลที่ใช้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>login: read the password from the first line of standard input.</source>
        <translation>login: อ่านรหัสผ่านจากบรรทัดแรกของ standard input</translation>
    </message>
    <message>
        <source>login: the salon&apos;s Supabase project URL (https://...), saved in the settings.</source>
        <translation>login: URL โปรเจกต์ Supabase ของร้าน (https://...) บันทึกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>login: the project&apos;s public anon key.</source>
        <translation>login: คีย์ anon สาธารณะของโปรเจกต์</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>login: a PEM file with the certificate authority of a self-hosted backend.</source>
        <translation>login: ไฟล์ PEM ที่มีใบรับรองผู้ออกใบรับรอง (CA) ของแบ็กเอนด์ที่โฮสต์เอง</translation>
    </message>
    <message>
        <source>export: the day (YYYY-MM-DD) whose appointments to write.</source>
        <translation>export: วัน (YYYY-MM-DD) ที่จะส่งออกนัดหมาย</translation>
    </message>
    <message>
        <source>export, report: the first day (YYYY-MM-DD) of a range.</source>
        <translation>export, report: วันแรก (YYYY-MM-DD) ของช่วง</translation>
    </message>
    <message>
        <source>export, report: the last day (YYYY-MM-DD) of a range, included.</source>
        <translation>export, report: วันสุดท้าย (YYYY-MM-DD) ของช่วง (นับรวมวันนั้นด้วย)</translation>
    </message>
    <message>
        <source>export: only the appointments of the staff member with this display name.</source>
        <translation>export: เฉพาะนัดของพนักงานที่มีชื่อที่แสดงนี้</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: ไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>Optional: sync, status, login, logout, export (ics or csv) or report run without a window.</source>
        <translation>ไม่บังคับ: สั่ง sync, status, login, logout, export (ics หรือ csv) หรือ report โดยไม่เปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>อาร์กิวเมนต์ที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use sync, status, login, logout, export or report.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; ใช้ sync, status, login, logout, export หรือ report</translation>
    </message>
    <message>
        <source>--once and --watch go with the sync command.</source>
        <translation>--once และ --watch ใช้กับคำสั่ง sync เท่านั้น</translation>
    </message>
    <message>
        <source>--poll goes with sync --watch.</source>
        <translation>--poll ใช้กับ sync --watch เท่านั้น</translation>
    </message>
    <message>
        <source>--poll takes a number of seconds from 0.1 to 3600.</source>
        <translation>--poll รับจำนวนวินาทีตั้งแต่ 0.1 ถึง 3600</translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation>เลือก --once หรือ --watch อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>--json and --audit go with the status command (--json with report).</source>
        <translation>--json และ --audit ใช้กับคำสั่ง status (--json ใช้กับ report ได้ด้วย)</translation>
    </message>
    <message>
        <source>--%1 goes with the login command.</source>
        <translation>--%1 ใช้กับคำสั่ง login เท่านั้น</translation>
    </message>
    <message>
        <source>--%1 goes with the export command.</source>
        <translation>--%1 ใช้กับคำสั่ง export เท่านั้น</translation>
    </message>
    <message>
        <source>export needs a format: export ics or export csv.</source>
        <translation>export ต้องระบุรูปแบบ: export ics หรือ export csv</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use ics or csv.</source>
        <translation>ไม่รู้จักรูปแบบการส่งออก &quot;%1&quot; ใช้ ics หรือ csv</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Choose --day or --from and --to, not both.</source>
        <translation>เลือก --day หรือ --from กับ --to อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองแบบ</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ต้องไม่อยู่ก่อน --from</translation>
    </message>
    <message>
        <source>export needs --day, or --from and --to.</source>
        <translation>export ต้องมี --day หรือ --from กับ --to</translation>
    </message>
    <message>
        <source>export needs -o with the file to write.</source>
        <translation>export ต้องมี -o ตามด้วยไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>report needs --from and --to.</source>
        <translation>report ต้องมี --from และ --to</translation>
    </message>
    <message>
        <source>report covers at most ten years at a time.</source>
        <translation>report ครอบคลุมได้ไม่เกินสิบปีต่อครั้ง</translation>
    </message>
    <message>
        <source>login needs --email.</source>
        <translation>login ต้องมี --email</translation>
    </message>
    <message>
        <source>--demo-scale takes a whole number from 1 to 100.</source>
        <translation>--demo-scale รับจำนวนเต็มตั้งแต่ 1 ถึง 100</translation>
    </message>
    <message>
        <source>--demo-region takes za or th.</source>
        <translation>--demo-region รับค่า za หรือ th</translation>
    </message>
    <message>
        <source>--demo-date takes a date written YYYY-MM-DD.</source>
        <translation>--demo-date รับวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unknown pane &quot;%1&quot;; use one of: %2.</source>
        <translation>ไม่รู้จักหน้า &quot;%1&quot; ใช้หนึ่งในนี้: %2</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG file; give a name ending in .png.</source>
        <translation>--screenshot เขียนไฟล์ PNG ให้ระบุชื่อไฟล์ที่ลงท้ายด้วย .png</translation>
    </message>
    <message>
        <source>Nobody is signed in; run `chairside login` first.</source>
        <translation>ยังไม่มีใครเข้าสู่ระบบ ให้รัน `chairside login` ก่อน</translation>
    </message>
    <message>
        <source>There is no local copy of this account yet; run `chairside sync` first.</source>
        <translation>ยังไม่มีสำเนาข้อมูลของบัญชีนี้ในเครื่อง ให้รัน `chairside sync` ก่อน</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>เปิดที่เก็บข้อมูลในเครื่องไม่ได้</translation>
    </message>
    <message>
        <source>The local copy holds no business for this account yet; run `chairside sync` first.</source>
        <translation>สำเนาในเครื่องยังไม่มีข้อมูลร้านของบัญชีนี้ ให้รัน `chairside sync` ก่อน</translation>
    </message>
    <message>
        <source>Wrote %1 appointments to %2</source>
        <translation>เขียนนัด %1 รายการลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>รหัสผ่าน: </translation>
    </message>
    <message>
        <source>synced: %1 rows pulled, %2 edits pending, %3 sync issues</source>
        <translation>ซิงค์แล้ว: ดึงมา %1 แถว การแก้ไขที่รอส่ง %2 รายการ ปัญหาการซิงค์ %3 รายการ</translation>
    </message>
    <message>
        <source>not synced: %1 (%2 edits pending, %3 sync issues)</source>
        <translation>ยังไม่ได้ซิงค์: %1 (การแก้ไขที่รอส่ง %2 รายการ ปัญหาการซิงค์ %3 รายการ)</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 days), compared with %5 to %6
</source>
        <translation>%1: %2 ถึง %3 (%4 วัน) เทียบกับ %5 ถึง %6
</translation>
    </message>
    <message>
        <source>previous %1</source>
        <translation>ช่วงก่อน %1</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; 1 unsent edit was kept and will be sent.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย จึงย้ายไปเก็บไว้เป็น %1 และจะดาวน์โหลดข้อมูลทั้งหมดใหม่ เก็บการแก้ไขที่ยังไม่ได้ส่งไว้ 1 รายการและจะส่งให้</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; %2 unsent edits were kept and will be sent.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย จึงย้ายไปเก็บไว้เป็น %1 และจะดาวน์โหลดข้อมูลทั้งหมดใหม่ เก็บการแก้ไขที่ยังไม่ได้ส่งไว้ %2 รายการและจะส่งให้</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; unsent edits kept and to be sent: %2; edits that could not be read and may need to be made again: %3.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย จึงย้ายไปเก็บไว้เป็น %1 และจะดาวน์โหลดข้อมูลทั้งหมดใหม่ การแก้ไขที่ยังไม่ได้ส่งซึ่งเก็บไว้และจะส่งให้: %2 การแก้ไขที่อ่านไม่ได้และอาจต้องทำใหม่: %3</translation>
    </message>
    <message>
        <source>some</source>
        <translation>บางส่วน</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; edits not yet sent from this computer could not be read and may need to be made again.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย จึงย้ายไปเก็บไว้เป็น %1 และจะดาวน์โหลดข้อมูลทั้งหมดใหม่ การแก้ไขที่ยังไม่ได้ส่งจากเครื่องนี้อ่านไม่ได้ และอาจต้องทำใหม่</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; there were no unsent edits.</source>
        <translation>Chairside พบว่าสำเนาข้อมูลในเครื่องเสียหาย จึงย้ายไปเก็บไว้เป็น %1 และจะดาวน์โหลดข้อมูลทั้งหมดใหม่ ไม่มีการแก้ไขที่ค้างส่ง</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>บันทึกการเปลี่ยนแปลงในเครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Chairside does not keep &quot;%1&quot; on this computer.</source>
        <translation>Chairside ไม่ได้เก็บ &quot;%1&quot; ไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>The server sent a row without an id.</source>
        <translation>เซิร์ฟเวอร์ส่งแถวที่ไม่มี id มา</translation>
    </message>
    <message>
        <source>The server&apos;s changes name a table Chairside does not know (%1).</source>
        <translation>การเปลี่ยนแปลงจากเซิร์ฟเวอร์อ้างถึงตารางที่ Chairside ไม่รู้จัก (%1)</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (%1) for this run, whatever the settings say.</source>
        <translation>ใช้ภาษา &lt;code&gt; (%1) สำหรับการเปิดครั้งนี้ ไม่ว่าการตั้งค่าจะเป็นอย่างไร</translation>
    </message>
    <message>
        <source>Use dark colours for this run, as on a dark desktop theme (for screenshots).</source>
        <translation>ใช้สีเข้มสำหรับการเปิดครั้งนี้ เหมือนธีมเดสก์ท็อปแบบมืด (สำหรับภาพหน้าจอ)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang ต้องเป็นหนึ่งใน %1 ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Chairside could not write %1: %2</source>
        <translation>Chairside เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>สิ่งที่ทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูลที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>รหัสข้อมูล</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
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
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>การเตือน %1 ทาง %2: %3</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ชม.</translation>
    </message>
    <message>
        <source>2 h</source>
        <translation>2 ชม.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>quiet hours from %1</source>
        <translation>ช่วงงดส่งข้อความเริ่ม %1</translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation>ช่วงงดส่งข้อความถึง %1</translation>
    </message>
    <message>
        <source>threshold %1 points</source>
        <translation>เกณฑ์ %1 แต้ม</translation>
    </message>
    <message>
        <source>cost %1 points</source>
        <translation>ใช้ %1 แต้ม</translation>
    </message>
    <message>
        <source>perks %1</source>
        <translation>สิทธิประโยชน์ %1</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>ชื่อ %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>ลำดับ %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>one point per %1 spent</source>
        <translation>1 แต้มต่อยอดใช้จ่าย %1</translation>
    </message>
    <message>
        <source>points never expire</source>
        <translation>แต้มไม่มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>points expire after %1 months</source>
        <translation>แต้มหมดอายุหลัง %1 เดือน</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>ราคา %1</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 นาที</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>กู้คืนแล้ว</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>บทบาท %1</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>สี %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 แต้ม</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 แต้ม</translation>
    </message>
    <message>
        <source>no quiet hours</source>
        <translation>ไม่มีช่วงงดส่งข้อความ</translation>
    </message>
    <message>
        <source>quiet hours %1–%2</source>
        <translation>ช่วงงดส่งข้อความ %1–%2</translation>
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
        <translation>ได้รับ %1</translation>
    </message>
    <message>
        <source>Awarded %1</source>
        <translation>ให้ %1</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>แลก %1</translation>
    </message>
    <message>
        <source>Adjusted points by %1</source>
        <translation>ปรับแต้ม %1</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 หมดอายุ</translation>
    </message>
    <message>
        <source>The assistant handed a conversation to the desk</source>
        <translation>ผู้ช่วย AI ส่งต่อบทสนทนาให้หน้าร้าน</translation>
    </message>
    <message>
        <source>Took over the conversation</source>
        <translation>รับเรื่องบทสนทนา</translation>
    </message>
    <message>
        <source>Handed the conversation back</source>
        <translation>ส่งบทสนทนาคืน</translation>
    </message>
    <message>
        <source>Closed the conversation</source>
        <translation>ปิดเรื่องบทสนทนา</translation>
    </message>
    <message>
        <source>Closed the conversation (%1)</source>
        <translation>ปิดเรื่องบทสนทนา (%1)</translation>
    </message>
    <message>
        <source>Updated the conversation&apos;s handoff</source>
        <translation>อัปเดตเรื่องส่งต่อของบทสนทนา</translation>
    </message>
    <message>
        <source>Replied by %1</source>
        <translation>ตอบกลับทาง %1</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>ส่งข้อความ</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s personal data</source>
        <translation>ลบข้อมูลส่วนบุคคลของลูกค้าถาวร</translation>
    </message>
    <message>
        <source>Changed the business settings</source>
        <translation>เปลี่ยนการตั้งค่าร้าน</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>Changed a staff member</source>
        <translation>แก้ไขข้อมูลพนักงาน</translation>
    </message>
    <message>
        <source>Added a service</source>
        <translation>เพิ่มบริการ</translation>
    </message>
    <message>
        <source>Changed a service</source>
        <translation>แก้ไขบริการ</translation>
    </message>
    <message>
        <source>Changed working hours</source>
        <translation>เปลี่ยนเวลาทำงาน</translation>
    </message>
    <message>
        <source>Added time off</source>
        <translation>เพิ่มการลางาน</translation>
    </message>
    <message>
        <source>Changed time off</source>
        <translation>แก้ไขการลางาน</translation>
    </message>
    <message>
        <source>Added a loyalty tier</source>
        <translation>เพิ่มระดับสมาชิก</translation>
    </message>
    <message>
        <source>Changed a loyalty tier</source>
        <translation>แก้ไขระดับสมาชิก</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>เพิ่มของรางวัล</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>แก้ไขของรางวัล</translation>
    </message>
    <message>
        <source>Changed the reminder rules</source>
        <translation>เปลี่ยนกฎการเตือนนัด</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>ระดับสมาชิก</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>ของรางวัล</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>เวลาทำงาน</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>เวลาทำงานของ %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>การลางาน</translation>
    </message>
    <message>
        <source>Time off of %1</source>
        <translation>การลางานของ %1</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>กฎการเตือนนัด</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>ร้าน</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>ลูกค้ารายหนึ่ง</translation>
    </message>
    <message>
        <source>A conversation</source>
        <translation>บทสนทนาหนึ่ง</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>บทสนทนากับ %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation>อดีตพนักงาน</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>กฎการสะสมแต้ม</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>ข้อมูลร้าน</translation>
    </message>
    <message>
        <source>Staff and hours</source>
        <translation>พนักงานและเวลาทำงาน</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>แต้มสะสม</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>ระดับ %1: %2</translation>
    </message>
    <message>
        <source>These tier thresholds cannot be changed in one step; change one tier, save, then the next.</source>
        <translation>เปลี่ยนเกณฑ์ของระดับเหล่านี้ในครั้งเดียวไม่ได้ ให้เปลี่ยนทีละระดับ บันทึก แล้วจึงเปลี่ยนระดับถัดไป</translation>
    </message>
    <message>
        <source>A new reward</source>
        <translation>ของรางวัลใหม่</translation>
    </message>
    <message>
        <source>this staff member</source>
        <translation>พนักงานคนนี้</translation>
    </message>
    <message>
        <source>1 upcoming appointment</source>
        <translation>นัดที่จะถึง 1 นัด</translation>
    </message>
    <message>
        <source>%1 upcoming appointments</source>
        <translation>นัดที่จะถึง %1 นัด</translation>
    </message>
    <message>
        <source>%1 of %2 would fall outside these hours (the first on %3 at %4).</source>
        <translation>%1ของ %2 จะอยู่นอกเวลาทำงานนี้ (นัดแรกคือ %3 เวลา %4)</translation>
    </message>
    <message>
        <source>%1 of %2 would fall on a day off (the first on %3 at %4).</source>
        <translation>%1ของ %2 จะตรงกับวันหยุด (นัดแรกคือ %3 เวลา %4)</translation>
    </message>
    <message>
        <source>%1 of %2 would fall in this time off (the first on %3 at %4).</source>
        <translation>%1ของ %2 จะอยู่ในช่วงลางานนี้ (นัดแรกคือ %3 เวลา %4)</translation>
    </message>
    <message>
        <source>%1 of %2 would have nobody to do them (the first on %3 at %4).</source>
        <translation>%1ของ %2 จะไม่มีใครให้บริการ (นัดแรกคือ %3 เวลา %4)</translation>
    </message>
    <message>
        <source>Change the reminder rules</source>
        <translation>เปลี่ยนกฎการเตือนนัด</translation>
    </message>
    <message>
        <source>Add the loyalty tier “%1”</source>
        <translation>เพิ่มระดับสมาชิก “%1”</translation>
    </message>
    <message>
        <source>Remove the loyalty tier “%1”</source>
        <translation>ลบระดับสมาชิก “%1”</translation>
    </message>
    <message>
        <source>Change the loyalty tier “%1”</source>
        <translation>แก้ไขระดับสมาชิก “%1”</translation>
    </message>
    <message>
        <source>Add the reward “%1”</source>
        <translation>เพิ่มของรางวัล “%1”</translation>
    </message>
    <message>
        <source>Remove the reward “%1”</source>
        <translation>ลบของรางวัล “%1”</translation>
    </message>
    <message>
        <source>Change the reward “%1”</source>
        <translation>แก้ไขของรางวัล “%1”</translation>
    </message>
    <message>
        <source>Change the business details</source>
        <translation>แก้ไขข้อมูลร้าน</translation>
    </message>
    <message>
        <source>Add the service %1</source>
        <translation>เพิ่มบริการ %1</translation>
    </message>
    <message>
        <source>Remove the service %1</source>
        <translation>ลบบริการ %1</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>เปลี่ยนราคาของ %1</translation>
    </message>
    <message>
        <source>Change the service %1</source>
        <translation>แก้ไขบริการ %1</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>เพิ่ม %1 เข้าทีม</translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation>แก้ไขข้อมูลของ %1</translation>
    </message>
    <message>
        <source>Set %1&apos;s hours on %2</source>
        <translation>ตั้งเวลาทำงานของ %1 (%2)</translation>
    </message>
    <message>
        <source>Change time off</source>
        <translation>แก้ไขการลางาน</translation>
    </message>
    <message>
        <source>Set time off for %1</source>
        <translation>บันทึกการลางานของ %1</translation>
    </message>
    <message>
        <source>Merged a duplicate record into this customer</source>
        <translation>รวมระเบียนที่ซ้ำกันเข้ากับลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>Took a service off the list</source>
        <translation>นำบริการออกจากรายการ</translation>
    </message>
    <message>
        <source>Took %1 off the list</source>
        <translation>นำ %1 ออกจากรายการ</translation>
    </message>
    <message>
        <source>Added a service to the list</source>
        <translation>เพิ่มบริการในรายการ</translation>
    </message>
    <message>
        <source>Added %1 to the list</source>
        <translation>เพิ่ม %1 ในรายการ</translation>
    </message>
    <message>
        <source>Services of a staff member</source>
        <translation>บริการของพนักงาน</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>บริการของ %1</translation>
    </message>
    <message>
        <source>Change who does which services</source>
        <translation>เปลี่ยนว่าใครทำบริการใดบ้าง</translation>
    </message>
    <message>
        <source>Let %1 do every service</source>
        <translation>ให้ %1 ทำได้ทุกบริการ</translation>
    </message>
    <message>
        <source>Choose the services %1 does</source>
        <translation>เลือกบริการที่ %1 ทำ</translation>
    </message>
</context>
<context>
    <name>Chairside::Applier</name>
    <message>
        <source>This version of Chairside does not know how to make this change.</source>
        <translation>Chairside เวอร์ชันนี้ไม่รู้วิธีทำการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>This staff member</source>
        <translation>พนักงานคนนี้</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 on %4.</source>
        <translation>%1 มีนัดอยู่แล้วตั้งแต่ %2 ถึง %3 วันที่ %4</translation>
    </message>
    <message>
        <source>The new appointment has no id.</source>
        <translation>นัดใหม่ไม่มี id</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>ไม่มีบริการนี้แล้ว</translation>
    </message>
    <message>
        <source>That staff member is not known on this computer.</source>
        <translation>ไม่รู้จักพนักงานคนนี้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>ไม่มีลูกค้ารายนี้แล้ว</translation>
    </message>
    <message>
        <source>A new appointment cannot start as &quot;%1&quot;.</source>
        <translation>นัดใหม่จะเริ่มด้วยสถานะ &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way an appointment can be booked.</source>
        <translation>&quot;%1&quot; ไม่ใช่ช่องทางการจองนัด</translation>
    </message>
    <message>
        <source>The appointment has no start time.</source>
        <translation>นัดไม่มีเวลาเริ่ม</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>ไม่มีนัดนี้แล้ว</translation>
    </message>
    <message>
        <source>This appointment is already %1, so it can no longer be changed.</source>
        <translation>นัดนี้อยู่ในสถานะ “%1” แล้ว จึงแก้ไขไม่ได้อีก</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment status.</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะของนัด</translation>
    </message>
    <message>
        <source>An appointment that is %1 cannot become %2.</source>
        <translation>นัดที่อยู่ในสถานะ “%1” เปลี่ยนเป็น “%2” ไม่ได้</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>ลูกค้าไม่มี id</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>ลูกค้าต้องมีชื่อ</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>ลูกค้าใหม่ต้องมีชื่อ</translation>
    </message>
    <message>
        <source>This customer was deleted.</source>
        <translation>ลูกค้ารายนี้ถูกลบแล้ว</translation>
    </message>
    <message>
        <source>Only admins and owners can erase a customer.</source>
        <translation>เฉพาะผู้ดูแลและเจ้าของร้านเท่านั้นที่ลบข้อมูลลูกค้าได้</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>เรื่องส่งต่อนี้ปิดไปแล้ว</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>คนอื่น</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>%1 กำลังดูแลบทสนทนานี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Only admins and owners can work on handed-off conversations.</source>
        <translation>เฉพาะผู้ดูแลและเจ้าของร้านเท่านั้นที่จัดการบทสนทนาที่ส่งต่อมาได้</translation>
    </message>
    <message>
        <source>That handoff no longer exists.</source>
        <translation>ไม่มีเรื่องส่งต่อนี้แล้ว</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>ข้อความตอบกลับต้องมีเนื้อหา</translation>
    </message>
    <message>
        <source>That conversation is not known on this computer.</source>
        <translation>ไม่รู้จักบทสนทนานี้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>ไม่มีของรางวัลนี้ให้แลกแล้ว</translation>
    </message>
    <message>
        <source>Points must be a positive whole number.</source>
        <translation>แต้มต้องเป็นจำนวนเต็มบวก</translation>
    </message>
    <message>
        <source>The customer has %1 points, so %2 cannot be taken off.</source>
        <translation>ลูกค้ามี %1 แต้ม จึงหักออก %2 แต้มไม่ได้</translation>
    </message>
    <message>
        <source>That notification no longer exists.</source>
        <translation>ไม่มีการแจ้งเตือนนี้แล้ว</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>ลูกค้าอีกราย</translation>
    </message>
    <message>
        <source>%1 was merged into %2; make the change there.</source>
        <translation>%1 ถูกรวมเข้ากับ %2 แล้ว ให้แก้ไขที่นั่นแทน</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers.</source>
        <translation>เฉพาะผู้ดูแลและเจ้าของร้านเท่านั้นที่รวมข้อมูลลูกค้าได้</translation>
    </message>
    <message>
        <source>The merge does not name both customers.</source>
        <translation>การรวมนี้ไม่ได้ระบุลูกค้าทั้งสองราย</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>รวมลูกค้าเข้ากับตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>Customers of different businesses cannot be merged.</source>
        <translation>รวมลูกค้าของต่างธุรกิจกันไม่ได้</translation>
    </message>
    <message>
        <source>%1 was already merged into another customer.</source>
        <translation>%1 ถูกรวมเข้ากับลูกค้าอีกรายไปแล้ว</translation>
    </message>
    <message>
        <source>%1 was merged into another customer; merge into that one instead.</source>
        <translation>%1 ถูกรวมเข้ากับลูกค้าอีกรายแล้ว ให้รวมเข้ากับรายนั้นแทน</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>รวมลูกค้าที่ถูกลบข้อมูลแล้วไม่ได้</translation>
    </message>
    <message>
        <source>Someone else changed this customer first.</source>
        <translation>มีคนอื่นแก้ไขข้อมูลลูกค้ารายนี้ก่อนแล้ว</translation>
    </message>
    <message>
        <source>Only owners can adjust a points balance by hand.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ปรับยอดแต้มด้วยตนเองได้</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>ข้อมูลลูกค้ารายนี้ถูกลบแล้ว</translation>
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
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>นัดนี้ไม่อยู่ในสำเนาข้อมูลในเครื่องแล้ว</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>อยู่ในคิว</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>อยู่ในคิว (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>ส่งไม่สำเร็จ (%1)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>ส่งไม่สำเร็จ (%1): %2</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>ส่งแล้วเมื่อ %1</translation>
    </message>
    <message>
        <source>Sent by %1 on %2</source>
        <translation>ส่งทาง %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>จองแล้ว (%1)</translation>
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
        <translation>ย้ายจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ย้ายแล้ว</translation>
    </message>
    <message>
        <source>to another staff member</source>
        <translation>ไปยังพนักงานคนอื่น</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>พนักงาน: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>ยกเลิกเพราะ: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Choose a valid day or range of days to export.</source>
        <translation>เลือกวันหรือช่วงวันที่ถูกต้องเพื่อส่งออก</translation>
    </message>
    <message>
        <source>No staff member is called &quot;%1&quot;; the staff are: %2.</source>
        <translation>ไม่มีพนักงานชื่อ &quot;%1&quot; พนักงานที่มีคือ: %2</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentPresentation</name>
    <message>
        <source>Requested</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงแล้ว</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>กำลังรับบริการ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มาตามนัด</translation>
    </message>
</context>
<context>
    <name>Chairside::Database</name>
    <message numerus="yes">
        <source>The local data file failed its integrity check (%n problem(s) found).</source>
        <translation>
            <numerusform>ไฟล์ข้อมูลในเครื่องไม่ผ่านการตรวจสอบความสมบูรณ์ (พบปัญหา %n รายการ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DayScheduleModel</name>
    <message>
        <source>(no customer)</source>
        <translation>(ไม่มีลูกค้า)</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>ในเครื่องนี้: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheet</name>
    <message>
        <source>Nobody works or is booked on this day.</source>
        <translation>วันนี้ไม่มีใครทำงานหรือมีนัด</translation>
    </message>
    <message>
        <source>works %1–%2</source>
        <translation>ทำงาน %1–%2</translation>
    </message>
    <message>
        <source>break %1–%2</source>
        <translation>พัก %1–%2</translation>
    </message>
    <message>
        <source>not rostered</source>
        <translation>ไม่ได้อยู่ในตารางงาน</translation>
    </message>
    <message>
        <source>away %1–%2 %3</source>
        <translation>ลา %1–%2 %3</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>ไม่มีการจอง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>วอล์กอิน</translation>
    </message>
    <message>
        <source>Allergy / patch test: %1</source>
        <translation>แพ้ / ทดสอบการแพ้: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min processing</source>
        <translation>
            <numerusform>พักรอ %n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) · expected %1</source>
        <translation>
            <numerusform>%n รายการจอง · รายได้ที่คาดไว้ %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheetPrinting</name>
    <message>
        <source>The day sheet could not be saved to %1: %2</source>
        <translation>บันทึกใบงานประจำวันลงใน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>ใบงานประจำวัน</translation>
    </message>
</context>
<context>
    <name>Chairside::Describer</name>
    <message>
        <source>Move %1 appointment to %2</source>
        <translation>ย้ายนัด%1 ไปเป็น %2</translation>
    </message>
    <message>
        <source>Cancel %1 appointment of %2</source>
        <translation>ยกเลิกนัด%1 เวลา %2</translation>
    </message>
    <message>
        <source>Mark %1 appointment of %2 as %3</source>
        <translation>เปลี่ยนนัด%1 เวลา %2 เป็น “%3”</translation>
    </message>
    <message>
        <source>Add the customer %1</source>
        <translation>เพิ่มลูกค้า %1</translation>
    </message>
    <message>
        <source>Update %1 details</source>
        <translation>แก้ไขข้อมูล%1</translation>
    </message>
    <message>
        <source>Erase %1 personal data</source>
        <translation>ลบข้อมูลส่วนตัว%1</translation>
    </message>
    <message>
        <source>Mark “%1” as read</source>
        <translation>ทำเครื่องหมาย “%1” ว่าอ่านแล้ว</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>ปิด “%1”</translation>
    </message>
    <message>
        <source>a walk-in&apos;s</source>
        <translation>ของลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>%1&apos;</source>
        <translation>ของ %1</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation>ของ %1</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>ลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>Book %1 for %2 with %3 on %4</source>
        <translation>จอง %2 ให้ %1 กับ %3 เวลา %4</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>ลูกค้ารายหนึ่ง</translation>
    </message>
    <message>
        <source>Take over the conversation with %1</source>
        <translation>รับต่อบทสนทนากับ %1</translation>
    </message>
    <message>
        <source>Hand back the conversation with %1</source>
        <translation>ส่งคืนบทสนทนากับ %1</translation>
    </message>
    <message>
        <source>Close the conversation with %1 (%2)</source>
        <translation>ปิดบทสนทนากับ %1 (%2)</translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation>ตอบ %1: “%2”</translation>
    </message>
    <message>
        <source>Award %1 points to %2</source>
        <translation>ให้ %1 แต้มแก่ %2</translation>
    </message>
    <message>
        <source>Adjust %1 points by %2</source>
        <translation>ปรับแต้ม%1 %2 แต้ม</translation>
    </message>
    <message>
        <source>Redeem %1 points from %2</source>
        <translation>แลก %1 แต้มของ %2</translation>
    </message>
    <message>
        <source>Redeem “%1” for %2</source>
        <translation>แลก “%1” ให้ %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>รวม %1 เข้ากับ %2</translation>
    </message>
</context>
<context>
    <name>Chairside::HeadlessRun</name>
    <message>
        <source>The system keychain did not keep the sign-in; the next start will ask for the password again.</source>
        <translation>คีย์เชนของระบบไม่ได้เก็บการเข้าสู่ระบบไว้ ครั้งหน้าที่เปิดจะถามรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>ไม่ได้ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>เข้าสู่ระบบเป็น %1 ที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in was removed from the keychain.</source>
        <translation>ออกจากระบบแล้ว และลบการเข้าสู่ระบบที่บันทึกไว้ออกจากคีย์เชนแล้ว</translation>
    </message>
    <message>
        <source>Signed out on this computer (the server was not told: %1).</source>
        <translation>ออกจากระบบในเครื่องนี้แล้ว (แจ้งเซิร์ฟเวอร์ไม่ได้: %1)</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;chairside login --email &lt;address&gt;&quot; first.</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ ให้รัน &quot;chairside login --email &lt;address&gt;&quot; ก่อน</translation>
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation>%1 จะลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>The server would remove %1 of the %2 %3 records on this computer; nothing was removed. Open Chairside to confirm.</source>
        <translation>เซิร์ฟเวอร์จะลบข้อมูล %3 จำนวน %1 จาก %2 รายการในเครื่องนี้ ยังไม่ได้ลบอะไร เปิด Chairside เพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Not signed in; the desk uses the local store %1.</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ เครื่องหน้าร้านใช้ข้อมูลในเครื่อง %1</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>เข้าสู่ระบบเป็น %1 ที่ %2</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>สำเนาในเครื่อง: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>ซิงค์ล่าสุด: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Edits waiting to be sent: %1</source>
        <translation>การแก้ไขที่รอส่ง: %1</translation>
    </message>
    <message>
        <source>Sync issues: %1</source>
        <translation>ปัญหาการซิงค์: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>ปัญหาล่าสุด: %1</translation>
    </message>
    <message>
        <source>Audit: the local copy matches the server.</source>
        <translation>ตรวจสอบ: สำเนาในเครื่องตรงกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Audit: these tables differ from the server: %1</source>
        <translation>ตรวจสอบ: ตารางเหล่านี้ไม่ตรงกับเซิร์ฟเวอร์: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::LocalAuditTrail</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>บันทึกการเปลี่ยนแปลงในเครื่องนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Chairside::Mutations</name>
    <message>
        <source>Book an appointment</source>
        <translation>จองนัด</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>ย้ายนัด</translation>
    </message>
    <message>
        <source>Mark an appointment as %1</source>
        <translation>เปลี่ยนสถานะนัดเป็น “%1”</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>ยกเลิกนัด</translation>
    </message>
    <message>
        <source>Save a customer&apos;s details</source>
        <translation>บันทึกข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Erase a customer&apos;s personal data</source>
        <translation>ลบข้อมูลส่วนตัวของลูกค้า</translation>
    </message>
    <message>
        <source>Take over a handed-off conversation</source>
        <translation>รับเรื่องบทสนทนาที่ส่งต่อมา</translation>
    </message>
    <message>
        <source>Hand back a conversation</source>
        <translation>ส่งคืนบทสนทนา</translation>
    </message>
    <message>
        <source>Resolve a handed-off conversation</source>
        <translation>ปิดเรื่องบทสนทนาที่ส่งต่อมา</translation>
    </message>
    <message>
        <source>Reply to a customer</source>
        <translation>ตอบลูกค้า</translation>
    </message>
    <message>
        <source>Award 1 point</source>
        <translation>ให้ 1 แต้ม</translation>
    </message>
    <message>
        <source>Award %1 points</source>
        <translation>ให้ %1 แต้ม</translation>
    </message>
    <message>
        <source>Redeem a reward</source>
        <translation>แลกของรางวัล</translation>
    </message>
    <message>
        <source>Redeem 1 point</source>
        <translation>แลก 1 แต้ม</translation>
    </message>
    <message>
        <source>Redeem %1 points</source>
        <translation>แลก %1 แต้ม</translation>
    </message>
    <message>
        <source>Adjust points by %1</source>
        <translation>ปรับแต้ม %1</translation>
    </message>
    <message>
        <source>Mark a notification as read</source>
        <translation>ทำเครื่องหมายการแจ้งเตือนว่าอ่านแล้ว</translation>
    </message>
    <message>
        <source>Dismiss a notification</source>
        <translation>ปิดการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>การเปลี่ยนแปลง (%1)</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>รวมลูกค้าสองราย</translation>
    </message>
</context>
<context>
    <name>Chairside::Priority</name>
    <message>
        <source>Urgent</source>
        <translation>ด่วนมาก</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนการตั้งค่าร้านได้</translation>
    </message>
    <message>
        <source>The change names no tier.</source>
        <translation>การเปลี่ยนแปลงนี้ไม่ได้ระบุระดับสมาชิก</translation>
    </message>
    <message>
        <source>This tier was deleted.</source>
        <translation>ระดับสมาชิกนี้ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>The change names no reward.</source>
        <translation>การเปลี่ยนแปลงนี้ไม่ได้ระบุของรางวัล</translation>
    </message>
    <message>
        <source>This reward was deleted.</source>
        <translation>ของรางวัลนี้ถูกลบไปแล้ว</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesChecks</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 ต้องอยู่ระหว่าง %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 เว้นว่างไม่ได้</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 ยาวได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>The tier&apos;s rank</source>
        <translation>ลำดับของระดับสมาชิก</translation>
    </message>
    <message>
        <source>The threshold</source>
        <translation>เกณฑ์แต้ม</translation>
    </message>
    <message>
        <source>A new tier needs a rank and a threshold.</source>
        <translation>ระดับสมาชิกใหม่ต้องมีลำดับและเกณฑ์แต้ม</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The perks</source>
        <translation>สิทธิประโยชน์</translation>
    </message>
    <message>
        <source>The cost in points</source>
        <translation>จำนวนแต้มที่ใช้แลก</translation>
    </message>
    <message>
        <source>A new reward needs a cost in points.</source>
        <translation>ของรางวัลใหม่ต้องระบุจำนวนแต้มที่ใช้แลก</translation>
    </message>
    <message>
        <source>The start of quiet hours</source>
        <translation>เวลาเริ่มช่วงงดส่งข้อความ</translation>
    </message>
    <message>
        <source>The end of quiet hours</source>
        <translation>เวลาสิ้นสุดช่วงงดส่งข้อความ</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end (or neither).</source>
        <translation>ช่วงงดส่งข้อความต้องมีเวลาเริ่มและเวลาสิ้นสุดที่ต่างกัน (หรือไม่ระบุทั้งสองอย่าง)</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>ยอดใช้จ่ายต่อ 1 แต้ม</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>อายุแต้ม (เดือน)</translation>
    </message>
    <message>
        <source>Two tiers cannot have the same rank (%1).</source>
        <translation>ระดับสมาชิกสองระดับมีลำดับเดียวกันไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Each tier needs more points than the tier below it.</source>
        <translation>แต่ละระดับต้องใช้แต้มมากกว่าระดับที่ต่ำกว่า</translation>
    </message>
</context>
<context>
    <name>Chairside::Screenshot</name>
    <message>
        <source>The window could not be drawn.</source>
        <translation>วาดหน้าต่างไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนการตั้งค่าร้านได้</translation>
    </message>
    <message>
        <source>Save again to keep the change anyway.</source>
        <translation>บันทึกอีกครั้งหากยังต้องการเก็บการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>The business is not known on this computer.</source>
        <translation>ไม่พบข้อมูลร้านนี้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>The service has no id.</source>
        <translation>บริการนี้ไม่มีรหัส</translation>
    </message>
    <message>
        <source>This service was deleted.</source>
        <translation>บริการนี้ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>The staff member has no id.</source>
        <translation>พนักงานคนนี้ไม่มีรหัส</translation>
    </message>
    <message>
        <source>This staff member was removed.</source>
        <translation>พนักงานคนนี้ถูกนำออกไปแล้ว</translation>
    </message>
    <message>
        <source>The business needs at least one active owner who can sign in.</source>
        <translation>ร้านต้องมีเจ้าของร้านที่ใช้งานอยู่และเข้าสู่ระบบได้อย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>ไม่มีพนักงานคนนั้นแล้ว</translation>
    </message>
    <message>
        <source>The time off has no id.</source>
        <translation>การลางานนี้ไม่มีรหัส</translation>
    </message>
    <message>
        <source>This time off was deleted.</source>
        <translation>การลางานนี้ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>That time off no longer exists.</source>
        <translation>ไม่มีการลางานนั้นแล้ว</translation>
    </message>
    <message>
        <source>A chosen service is not one of this business&apos;s services.</source>
        <translation>บริการที่เลือกไม่ใช่บริการของร้านนี้</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; was removed; choose the services again.</source>
        <translation>บริการ &quot;%1&quot; ถูกลบไปแล้ว กรุณาเลือกบริการอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupRules</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 ต้องอยู่ระหว่าง %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 เว้นว่างไม่ได้</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 ยาวได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb.</source>
        <translation>สีต้องเขียนในรูปแบบ #rrggbb</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>ที่อยู่อีเมลนี้ดูไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>ยอดใช้จ่ายต่อ 1 แต้ม</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>อายุแต้ม (เดือน)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use a name like Africa/Johannesburg).</source>
        <translation>&quot;%1&quot; ไม่ใช่เขตเวลา (ใช้ชื่อแบบ Asia/Bangkok)</translation>
    </message>
    <message>
        <source>A currency is three letters, like ZAR or EUR.</source>
        <translation>สกุลเงินต้องเป็นตัวอักษร 3 ตัว เช่น THB หรือ EUR</translation>
    </message>
    <message>
        <source>A language is written like en, en-ZA or pt-PT.</source>
        <translation>ภาษาต้องเขียนแบบ th, en-ZA หรือ pt-PT</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>ระยะเวลา (นาที)</translation>
    </message>
    <message>
        <source>The processing time (minutes)</source>
        <translation>เวลาพักรอ (นาที)</translation>
    </message>
    <message>
        <source>The buffer (minutes)</source>
        <translation>เวลาเผื่อ (นาที)</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>A new service needs a duration and a price.</source>
        <translation>บริการใหม่ต้องมีระยะเวลาและราคา</translation>
    </message>
    <message>
        <source>A role is staff, admin or owner.</source>
        <translation>บทบาทต้องเป็นพนักงาน ผู้ดูแล หรือเจ้าของร้าน</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>ลำดับการแสดง</translation>
    </message>
    <message>
        <source>The weekday</source>
        <translation>วันในสัปดาห์</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>เวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>The break&apos;s start</source>
        <translation>เวลาเริ่มพัก</translation>
    </message>
    <message>
        <source>The break&apos;s end</source>
        <translation>เวลาสิ้นสุดการพัก</translation>
    </message>
    <message>
        <source>The change is missing &quot;weekday&quot;.</source>
        <translation>การเปลี่ยนแปลงนี้ไม่มี &quot;weekday&quot;</translation>
    </message>
    <message>
        <source>Working hours need a start before their end.</source>
        <translation>เวลาเริ่มงานต้องอยู่ก่อนเวลาเลิกงาน</translation>
    </message>
    <message>
        <source>A break needs a start and an end.</source>
        <translation>การพักต้องมีเวลาเริ่มและเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>The break must lie inside the working hours.</source>
        <translation>เวลาพักต้องอยู่ภายในเวลาทำงาน</translation>
    </message>
    <message>
        <source>Working hours are set in steps of 5 minutes.</source>
        <translation>เวลาทำงานตั้งได้ทีละ 5 นาที</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Time off needs a staff member, a start and an end.</source>
        <translation>การลางานต้องระบุพนักงาน เวลาเริ่ม และเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>Time off can be at most a year long.</source>
        <translation>ลางานได้นานสุดไม่เกิน 1 ปี</translation>
    </message>
    <message>
        <source>The change is missing &quot;staff_id&quot;.</source>
        <translation>การเปลี่ยนแปลงนี้ไม่มี &quot;staff_id&quot;</translation>
    </message>
    <message>
        <source>&quot;service_ids&quot; must be a list of service ids (an empty list: every service).</source>
        <translation>&quot;service_ids&quot; ต้องเป็นรายการรหัสบริการ (รายการว่าง: ทุกบริการ)</translation>
    </message>
    <message>
        <source>A staff member can have at most %1 services.</source>
        <translation>พนักงานหนึ่งคนมีบริการได้ไม่เกิน %1 รายการ</translation>
    </message>
</context>
<context>
    <name>Chairside::Startup</name>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>เปิดที่เก็บข้อมูลในเครื่องไม่ได้</translation>
    </message>
    <message>
        <source>The local store holds no business.</source>
        <translation>ที่เก็บข้อมูลในเครื่องไม่มีข้อมูลร้าน</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1: the %2 highest of %3</source>
        <translation>%1: %2 อันดับสูงสุดจาก %3</translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation>%1 — ไม่มีข้อมูลในช่วงนี้</translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation>การจองต่อวัน</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>ช่วงนี้</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>%1: %2 bookings</source>
        <translation>%1: %2 รายการจอง</translation>
    </message>
    <message>
        <source>Same day of the previous period: %1</source>
        <translation>วันเดียวกันของช่วงก่อนหน้า: %1</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>รายได้ตามบริการ</translation>
    </message>
    <message>
        <source>Revenue by service — no completed appointments yet</source>
        <translation>รายได้ตามบริการ — ยังไม่มีนัดที่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>%1
%2 from %3 completed appointments</source>
        <translation>%1
%2 จากนัดที่เสร็จสิ้น %3 นัด</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>รายได้ตามพนักงาน</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>อัตราการใช้เวลาของพนักงาน</translation>
    </message>
    <message>
        <source>%1
%2 % — %3 booked of %4 rostered hours</source>
        <translation>%1
%2 % — มีนัด %3 จาก %4 ชั่วโมงตามตารางงาน</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>การเลื่อนนัดและการยกเลิกต่อสัปดาห์</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>เลื่อนนัด</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Week of %1
%2: %3</source>
        <translation>สัปดาห์ของ %1
%2: %3</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>การไม่มาตามนัดตามวันและชั่วโมง</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59
%3 no-shows</source>
        <translation>%1 %2:00–%2:59
ไม่มาตามนัด %3 ครั้ง</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>เรื่องส่งต่อรายวันตามผลลัพธ์</translation>
    </message>
    <message>
        <source>Handoffs per week by outcome</source>
        <translation>เรื่องส่งต่อรายสัปดาห์ตามผลลัพธ์</translation>
    </message>
    <message>
        <source>7 days from %1</source>
        <translation>7 วันตั้งแต่ %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 handoffs</source>
        <translation>%1
%2: %3 เรื่อง</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>ลูกค้าตามระดับสมาชิก</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>%1
%2 clients (%3 % of members)</source>
        <translation>%1
ลูกค้า %2 คน (%3 % ของสมาชิก)</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>Bookings per day</source>
        <translation>การจองต่อวัน</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>รายได้ตามบริการ</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>รายได้ตามพนักงาน</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>อัตราการใช้เวลาของพนักงาน</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>การเลื่อนนัดและการยกเลิกต่อสัปดาห์</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>การไม่มาตามนัดตามวันและชั่วโมง</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>เรื่องส่งต่อรายวันตามผลลัพธ์</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>ลูกค้าตามระดับสมาชิก</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>เลื่อนนัด</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>ผลลัพธ์อื่น</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>ยังไม่มีระดับ</translation>
    </message>
</context>
<context>
    <name>CustomerAppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>กับ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>นัดที่จะถึง</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>มาใช้บริการ</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>แต้ม</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>ไม่ทราบชื่อลูกค้า</translation>
    </message>
    <message>
        <source>This chat is not linked to a customer record.</source>
        <translation>แชทนี้ยังไม่ได้เชื่อมกับข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>ไม่มีเบอร์โทรหรืออีเมล</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ได้</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ได้</translation>
    </message>
    <message>
        <source>May message by WhatsApp: %1 · SMS: %2 · E-mail: %3</source>
        <translation>ส่งข้อความทาง WhatsApp: %1 · SMS: %2 · อีเมล: %3</translation>
    </message>
    <message>
        <source>Missed appointments without cancelling</source>
        <translation>ผิดนัดโดยไม่ได้ยกเลิก</translation>
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
        <translation>เว็บแชท</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>อยู่กับพนักงาน</translation>
    </message>
    <message>
        <source>Answered by the assistant</source>
        <translation>ผู้ช่วย AI ตอบแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>ข้อความล่าสุด</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>The customer last said</source>
        <translation>ลูกค้าพูดล่าสุดว่า</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>As the customer says it, e.g. 082 123 4567</source>
        <translation>ตามที่ลูกค้าบอก เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
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
        <translation>เลือกเฉพาะช่องทางที่ลูกค้ายินยอมให้ส่งการเตือนนัด</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Allergies and patch tests</source>
        <translation>การแพ้และผลทดสอบการแพ้</translation>
    </message>
    <message>
        <source>e.g. Latex; patch test for colour on 2 March, clear</source>
        <translation>เช่น แพ้ลาเท็กซ์ ทดสอบการแพ้สีผมวันที่ 2 มี.ค. ผลปกติ</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>ชื่อ(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การเตือนนัด</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>หมายเหตุ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Allergies / patch tests</source>
        <translation>การแพ้ / ทดสอบการแพ้(&amp;A)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>บันทึกเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 already has this phone number and e-mail address.</source>
        <translation>%1 มีเบอร์โทรและอีเมลนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 already has this phone number (%2).</source>
        <translation>%1 มีเบอร์โทรนี้อยู่แล้ว (%2)</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address (%2).</source>
        <translation>%1 มีอีเมลนี้อยู่แล้ว (%2)</translation>
    </message>
    <message numerus="yes">
        <source>So do %n other customer(s).</source>
        <translation>
            <numerusform>ลูกค้าอื่นอีก %n รายก็มีเช่นกัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the existing customer, or save again to keep both.</source>
        <translation>เปิดข้อมูลลูกค้าที่มีอยู่ หรือกดบันทึกอีกครั้งเพื่อเก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>บันทึกต่อไป</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>แก้ไขข้อมูลลูกค้าที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>รวมข้อมูล(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the two records into one</source>
        <translation>รวมสองระเบียนให้เป็นระเบียนเดียว</translation>
    </message>
    <message>
        <source>Open the existing customer, merge the two, or save again to keep both.</source>
        <translation>เปิดข้อมูลลูกค้าที่มีอยู่ รวมทั้งสองรายการ หรือกดบันทึกอีกครั้งเพื่อเก็บไว้ทั้งคู่</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>ลูกค้ารายนี้ไม่อยู่ในรายการแล้ว</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>กรอกชื่อลูกค้า</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>ชื่อยาวเกินไป (ไม่เกิน %1 ตัวอักษร)</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>เบอร์โทรใส่ได้เฉพาะตัวเลข ช่องว่าง ขีด วงเล็บ และ + นำหน้า</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +27 82 123 4567.</source>
        <translation>ขึ้นต้นเบอร์ด้วย + และรหัสประเทศ เช่น +66 81 234 5678</translation>
    </message>
    <message>
        <source>This phone number is too short: check for a missing digit.</source>
        <translation>เบอร์โทรนี้สั้นเกินไป ตรวจดูว่าขาดตัวเลขหรือไม่</translation>
    </message>
    <message>
        <source>This phone number is too long: check for an extra digit.</source>
        <translation>เบอร์โทรนี้ยาวเกินไป ตรวจดูว่ามีตัวเลขเกินหรือไม่</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>ดูไม่เหมือนที่อยู่อีเมล (name@example.com)</translation>
    </message>
    <message>
        <source>WhatsApp and SMS reminders need a phone number.</source>
        <translation>การเตือนนัดทาง WhatsApp และ SMS ต้องมีเบอร์โทร</translation>
    </message>
    <message>
        <source>E-mail reminders need an e-mail address.</source>
        <translation>การเตือนนัดทางอีเมลต้องมีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Notes can hold at most %1 characters.</source>
        <translation>หมายเหตุใส่ได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>No completed visit yet</source>
        <translation>ยังไม่เคยมาใช้บริการจนเสร็จ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>แต้ม</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>มาครั้งล่าสุด</translation>
    </message>
</context>
<context>
    <name>CustomerProfileWidget</name>
    <message>
        <source>No upcoming appointments.</source>
        <translation>ไม่มีนัดที่จะถึง</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>ยังไม่มีนัด</translation>
    </message>
    <message>
        <source>No points earned or spent yet.</source>
        <translation>ยังไม่มีการได้รับหรือใช้แต้ม</translation>
    </message>
    <message>
        <source>No conversations with the assistant yet.</source>
        <translation>ยังไม่มีการสนทนากับผู้ช่วย AI</translation>
    </message>
    <message>
        <source>%1 reminders: allowed</source>
        <translation>การเตือนนัดทาง %1: อนุญาต</translation>
    </message>
    <message>
        <source>%1 reminders: not allowed</source>
        <translation>การเตือนนัดทาง %1: ไม่อนุญาต</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>ข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details, consent and notes</source>
        <translation>แก้ไขข้อมูล ความยินยอม และหมายเหตุของลูกค้า</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>ส่งออกข้อมูล(&amp;X)…</translation>
    </message>
    <message>
        <source>Save everything held about this customer as JSON and CSV</source>
        <translation>บันทึกข้อมูลทั้งหมดของลูกค้ารายนี้เป็น JSON และ CSV</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>ลบข้อมูล…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data (cannot be undone)</source>
        <translation>ลบข้อมูลส่วนตัวของลูกค้ารายนี้ (ย้อนกลับไม่ได้)</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>การเตือนนัด:</translation>
    </message>
    <message>
        <source>Allergy notes</source>
        <translation>บันทึกการแพ้</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>มาใช้บริการ</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Late cancels</source>
        <translation>ยกเลิกกระชั้นชิด</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>ยอดใช้จ่ายรวม</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>มาครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the appointment</source>
        <translation>ยกเลิกไม่ถึง 24 ชั่วโมงก่อนเวลานัด</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>สะสมแต้ม</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>ยอดแต้มคงเหลือ</translation>
    </message>
    <message>
        <source>Progress to the next tier</source>
        <translation>ความคืบหน้าสู่ระดับถัดไป</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>รหัสแนะนำเพื่อน</translation>
    </message>
    <message>
        <source>The customer&apos;s code for referring friends</source>
        <translation>รหัสของลูกค้าสำหรับแนะนำเพื่อน</translation>
    </message>
    <message>
        <source>&amp;Award points…</source>
        <translation>ให้แต้ม(&amp;A)…</translation>
    </message>
    <message>
        <source>Give points with a reason</source>
        <translation>ให้แต้มพร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <source>&amp;Redeem reward…</source>
        <translation>แลกของรางวัล(&amp;R)…</translation>
    </message>
    <message>
        <source>Take a reward from the catalogue for points</source>
        <translation>ใช้แต้มแลกของรางวัลจากรายการ</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>ปรับแต้ม(&amp;J)…</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>นัดที่จะถึง</translation>
    </message>
    <message>
        <source>Recent appointments</source>
        <translation>นัดล่าสุด</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>ประวัติแต้ม</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>นัดที่จะถึง</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>แต้ม</translation>
    </message>
    <message>
        <source>AI conversations</source>
        <translation>บทสนทนากับ AI</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>ลูกค้ารายนี้ไม่อยู่ในรายการแล้ว</translation>
    </message>
    <message>
        <source>Select a customer to see their profile.</source>
        <translation>เลือกลูกค้าเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>เป็นลูกค้าตั้งแต่ %1</translation>
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
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ แพ้: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 แต้ม</translation>
    </message>
    <message>
        <source>%1 lifetime points</source>
        <translation>แต้มสะสมตลอดการเป็นสมาชิก %1 แต้ม</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>ยังไม่มีระดับ</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>ระดับ: %1</translation>
    </message>
    <message>
        <source>%1 perks: %2</source>
        <translation>สิทธิพิเศษระดับ %1: %2</translation>
    </message>
    <message>
        <source>This business has no loyalty tiers.</source>
        <translation>ร้านนี้ไม่มีระดับสมาชิก</translation>
    </message>
    <message>
        <source>%1 more lifetime points to %2</source>
        <translation>อีก %1 แต้มสะสมจะถึงระดับ %2</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>ถึงระดับสูงสุดแล้ว</translation>
    </message>
    <message>
        <source>Referral code: %1</source>
        <translation>รหัสแนะนำเพื่อน: %1</translation>
    </message>
    <message>
        <source>Points do not expire.</source>
        <translation>แต้มไม่มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>%1 points are over %2 months old and due to expire.</source>
        <translation>%1 แต้มมีอายุเกิน %2 เดือนแล้วและใกล้หมดอายุ</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 แต้มจะหมดอายุวันที่ %2</translation>
    </message>
    <message>
        <source>This business offers no rewards yet</source>
        <translation>ร้านนี้ยังไม่มีของรางวัลให้แลก</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>นัดที่จะถึง (%1)</translation>
    </message>
    <message>
        <source>History (%1%2)</source>
        <translation>ประวัติ (%1%2)</translation>
    </message>
    <message>
        <source>Points (%1%2)</source>
        <translation>แต้ม (%1%2)</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>บทสนทนา (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>รวมข้อมูล(&amp;M)…</translation>
    </message>
    <message>
        <source>Correct the balance by hand</source>
        <translation>แก้ยอดแต้มด้วยตนเอง</translation>
    </message>
    <message>
        <source>Only the owner can correct a balance by hand</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่แก้ยอดแต้มด้วยตนเองได้</translation>
    </message>
    <message>
        <source>Merge another record of this customer into this one, or this one into it</source>
        <translation>รวมระเบียนอื่นของลูกค้ารายนี้เข้ากับระเบียนนี้ หรือรวมระเบียนนี้เข้ากับระเบียนนั้น</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers</source>
        <translation>เฉพาะผู้ดูแลและเจ้าของร้านเท่านั้นที่รวมข้อมูลลูกค้าได้</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <source>No customers yet.</source>
        <translation>ยังไม่มีลูกค้า</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>ไม่พบลูกค้าที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>ลูกค้าใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <source>Search name, phone or e-mail  (Ctrl+F)</source>
        <translation>ค้นหาชื่อ เบอร์โทร หรืออีเมล  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type the start of any words of the name or e-mail address, in any order, or three or more digits of the phone number</source>
        <translation>พิมพ์ต้นคำใดก็ได้ของชื่อหรืออีเมล เรียงลำดับอย่างไรก็ได้ หรือตัวเลขของเบอร์โทรตั้งแต่สามตัวขึ้นไป</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>จำนวนลูกค้า</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>เพิ่มลูกค้า (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>เพิ่มลูกค้าแล้ว</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>บันทึกการเปลี่ยนแปลงแล้ว</translation>
    </message>
    <message>
        <source>Export %1&apos;s data</source>
        <translation>ส่งออกข้อมูลของ %1</translation>
    </message>
    <message>
        <source>%1 - customer data.json</source>
        <translation>%1 - ข้อมูลลูกค้า.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>เลือกลูกค้าก่อน</translation>
    </message>
    <message>
        <source>Exporting %1&apos;s data…</source>
        <translation>กำลังส่งออกข้อมูลของ %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 and %2 (%n appointment(s), %3 points lines).</source>
        <translation>
            <numerusform>ส่งออกไปที่ %1 และ %2 แล้ว (นัด %n รายการ ประวัติแต้ม %3 รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s personal data was erased. Their appointments and points stay, without a name.</source>
        <translation>ลบข้อมูลส่วนตัวของ %1 แล้ว นัดหมายและแต้มยังอยู่ แต่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>ลูกค้า 1 ราย</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>ลูกค้า %1 ราย</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 ถูกรวมเข้ากับ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full, so Chairside could not save. Nothing was lost: free some space and try again.</source>
        <translation>ดิสก์เต็ม Chairside จึงบันทึกไม่ได้ ไม่มีข้อมูลสูญหาย: เพิ่มพื้นที่ว่างแล้วลองใหม่</translation>
    </message>
    <message>
        <source>The local data file is damaged and cannot be read.</source>
        <translation>ไฟล์ข้อมูลในเครื่องเสียหายและอ่านไม่ได้</translation>
    </message>
    <message>
        <source>The local data could not be read or written: %1</source>
        <translation>อ่านหรือเขียนข้อมูลในเครื่องไม่ได้: %1</translation>
    </message>
    <message>
        <source>Chairside cannot create the folder %1 for its data.</source>
        <translation>Chairside สร้างโฟลเดอร์ %1 สำหรับเก็บข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Chairside cannot open its data file %1: %2</source>
        <translation>Chairside เปิดไฟล์ข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The local data file cannot use write-ahead logging (is the folder read-only or on a network share?).</source>
        <translation>ไฟล์ข้อมูลในเครื่องใช้ write-ahead logging ไม่ได้ (โฟลเดอร์เป็นแบบอ่านอย่างเดียวหรืออยู่บนเครือข่ายหรือไม่)</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys.</source>
        <translation>ไลบรารี SQLite นี้ไม่บังคับใช้ foreign key</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Chairside (data format %1; this version reads up to %2). Update Chairside, or start it with another data folder (--data-dir).</source>
        <translation>ข้อมูลนี้เขียนโดย Chairside เวอร์ชันที่ใหม่กว่า (รูปแบบข้อมูล %1 แต่เวอร์ชันนี้อ่านได้ถึง %2) อัปเดต Chairside หรือเปิดโดยใช้โฟลเดอร์ข้อมูลอื่น (--data-dir)</translation>
    </message>
    <message>
        <source>Chairside could not update its data to format %1: %2</source>
        <translation>Chairside อัปเดตข้อมูลเป็นรูปแบบ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>DayColumnsDialog</name>
    <message>
        <source>Staff columns</source>
        <translation>คอลัมน์พนักงาน</translation>
    </message>
    <message>
        <source>Tick who the day view shows; drag or use Move up / Move down to set the order.</source>
        <translation>ติ๊กเลือกคนที่จะแสดงในมุมมองรายวัน ลากหรือใช้ “ย้ายขึ้น” / “ย้ายลง” เพื่อจัดลำดับ</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ย้ายขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected person left in the day view (Ctrl+Up)</source>
        <translation>ย้ายคนที่เลือกไปทางซ้ายในมุมมองรายวัน (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>ย้ายลง(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected person right in the day view (Ctrl+Down)</source>
        <translation>ย้ายคนที่เลือกไปทางขวาในมุมมองรายวัน (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>แสดงทุกคน(&amp;E)</translation>
    </message>
    <message>
        <source>Everyone, in the salon&apos;s own order</source>
        <translation>ทุกคน ตามลำดับของร้าน</translation>
    </message>
</context>
<context>
    <name>DayScheduleView</name>
    <message>
        <source>Day schedule</source>
        <translation>ตารางนัดรายวัน</translation>
    </message>
    <message>
        <source>Works %1–%2</source>
        <translation>ทำงาน %1–%2</translation>
    </message>
    <message>
        <source>Break %1–%2</source>
        <translation>พัก %1–%2</translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation>ไม่ได้ทำงานวันนี้</translation>
    </message>
    <message>
        <source>Time off %1–%2 %3</source>
        <translation>ลา %1–%2 %3</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>ลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>ลา</translation>
    </message>
    <message>
        <source>Time off · %1</source>
        <translation>ลา · %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>กับ %1</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>ซ้อนกับ %1</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · วันนี้</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 · %n booked</source>
        <translation>
            <numerusform>%1–%2 · มีนัด %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not working · %n booked</source>
        <translation>
            <numerusform>ไม่ได้ทำงาน · มีนัด %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>No staff members to show yet.</source>
        <translation>ยังไม่มีพนักงานให้แสดง</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>ไม่มีนัดในวันนี้</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>ไม่มีนัดในสัปดาห์นี้</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Generated the demo salon in %1: %2 customers, %3 appointments, %4 handoffs.</source>
        <translation>สร้างร้านตัวอย่างใน %1 แล้ว: ลูกค้า %2 ราย นัด %3 รายการ เรื่องส่งต่อ %4 เรื่อง</translation>
    </message>
    <message>
        <source>You are signed in as %1, but this account is not on the team of any salon on this server. Ask the salon&apos;s owner to add you, then sign in again.</source>
        <translation>คุณเข้าสู่ระบบเป็น %1 แต่บัญชีนี้ไม่ได้อยู่ในทีมของร้านใดบนเซิร์ฟเวอร์นี้ ขอให้เจ้าของร้านเพิ่มคุณเข้าทีม แล้วเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Remove records from this computer?</source>
        <translation>ลบข้อมูลออกจากเครื่องนี้ไหม</translation>
    </message>
    <message>
        <source>The server would remove %1 of %2 %3 records on this computer. Remove them?</source>
        <translation>เซิร์ฟเวอร์จะลบข้อมูล %3 จำนวน %1 จาก %2 รายการในเครื่องนี้ ลบเลยไหม</translation>
    </message>
    <message>
        <source>This happens when records were deleted on the server or you lost access to them. Until you decide, nothing is removed and downloading changes is paused.</source>
        <translation>กรณีนี้เกิดขึ้นเมื่อข้อมูลถูกลบบนเซิร์ฟเวอร์หรือคุณไม่มีสิทธิ์เข้าถึงแล้ว ระหว่างที่ยังไม่ได้ตัดสินใจ จะไม่มีการลบข้อมูลใด และหยุดดาวน์โหลดการเปลี่ยนแปลงไว้ก่อน</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>ลบเลย</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>Chairside found the demo salon&apos;s data file damaged. It will set the file aside and make the demo salon again.</source>
        <translation>Chairside พบว่าไฟล์ข้อมูลของร้านตัวอย่างเสียหาย จะย้ายไฟล์นี้ไปเก็บแยกไว้และสร้างร้านตัวอย่างขึ้นใหม่</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged. It will set the copy aside, keep your unsent edits and download everything again.</source>
        <translation>Chairside พบว่าสำเนาในเครื่องเสียหาย จะย้ายสำเนานี้ไปเก็บแยกไว้ เก็บการแก้ไขที่ยังไม่ได้ส่งของคุณไว้ และดาวน์โหลดข้อมูลทั้งหมดใหม่</translation>
    </message>
    <message>
        <source>Local copy damaged</source>
        <translation>สำเนาในเครื่องเสียหาย</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>ลบข้อมูล %1</translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, phone, e-mail, notes, allergy notes and their own chat messages for good, on every desk. Appointments and points stay, without a name, so the salon&apos;s figures still add up. This cannot be undone.

Export their data first if they asked for a copy.

Type the customer&apos;s name to confirm:</source>
        <translation>การลบจะลบชื่อ เบอร์โทร อีเมล หมายเหตุ บันทึกการแพ้ และข้อความแชทของ %1 อย่างถาวรในทุกเครื่อง นัดหมายและแต้มยังอยู่แต่ไม่มีชื่อ เพื่อให้ตัวเลขของร้านยังถูกต้อง การลบนี้ย้อนกลับไม่ได้

หากลูกค้าขอสำเนาข้อมูล ให้ส่งออกข้อมูลก่อน

พิมพ์ชื่อลูกค้าเพื่อยืนยัน:</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>พิมพ์ชื่อลูกค้าเพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>ลบข้อมูลลูกค้า</translation>
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
        <translation>เรื่องส่งต่อ</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>เปิดอยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Handoffs not resolved yet.</source>
        <translation>เรื่องส่งต่อที่ยังไม่ปิด</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มีคนรับ</translation>
    </message>
    <message>
        <source>Open handoffs that nobody has claimed.</source>
        <translation>เรื่องส่งต่อที่เปิดอยู่และยังไม่มีใครรับเรื่อง</translation>
    </message>
    <message>
        <source>Time to claim · today</source>
        <translation>เวลาก่อนรับเรื่อง · วันนี้</translation>
    </message>
    <message>
        <source>Median of (claimed at − raised at) over the handoffs claimed today.</source>
        <translation>ค่ามัธยฐานของ (เวลารับเรื่อง − เวลาที่ส่งต่อ) ของเรื่องที่รับวันนี้</translation>
    </message>
    <message>
        <source>Time to resolve · today</source>
        <translation>เวลาก่อนปิดเรื่อง · วันนี้</translation>
    </message>
    <message>
        <source>Median of (resolved at − raised at) over the handoffs resolved today.</source>
        <translation>ค่ามัธยฐานของ (เวลาปิดเรื่อง − เวลาที่ส่งต่อ) ของเรื่องที่ปิดวันนี้</translation>
    </message>
    <message>
        <source>AI resolution · 7 days</source>
        <translation>AI จัดการจบเอง · 7 วัน</translation>
    </message>
    <message>
        <source>Conversations the assistant resolved alone ÷ all conversations started in the last 7 days.</source>
        <translation>บทสนทนาที่ผู้ช่วย AI จัดการจบเอง ÷ บทสนทนาทั้งหมดที่เริ่มใน 7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Handoff rate · 7 days</source>
        <translation>อัตราการส่งต่อ · 7 วัน</translation>
    </message>
    <message>
        <source>Conversations handed to a person ÷ all conversations started in the last 7 days.</source>
        <translation>บทสนทนาที่ส่งต่อให้พนักงาน ÷ บทสนทนาทั้งหมดที่เริ่มใน 7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Handoff → booking · 7 days</source>
        <translation>ส่งต่อ → ได้การจอง · 7 วัน</translation>
    </message>
    <message>
        <source>Handoffs resolved as booked or rescheduled ÷ handoffs resolved in the last 7 days, spam left out.</source>
        <translation>เรื่องส่งต่อที่ปิดด้วยผล “จองแล้ว” หรือ “เลื่อนนัด” ÷ เรื่องส่งต่อที่ปิดใน 7 วันล่าสุด ไม่นับสแปม</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>เปิดอยู่ทั้งหมด</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>แสดง %1</translation>
    </message>
    <message>
        <source>Handoff queue</source>
        <translation>คิวเรื่องส่งต่อ</translation>
    </message>
    <message>
        <source>J or K: next or previous. C: claim. R: reply. E: resolve. B: book.</source>
        <translation>J หรือ K: ถัดไปหรือก่อนหน้า  C: รับเรื่อง  R: ตอบ  E: ปิดเรื่อง  B: จอง</translation>
    </message>
    <message>
        <source>Select a handoff to read the conversation.</source>
        <translation>เลือกเรื่องส่งต่อเพื่ออ่านบทสนทนา</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>บันทึกบทสนทนา</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>จอง…</translation>
    </message>
    <message>
        <source>Book an appointment for this customer (B)</source>
        <translation>จองนัดให้ลูกค้ารายนี้ (B)</translation>
    </message>
    <message>
        <source>Reschedule their next booking…</source>
        <translation>เลื่อนนัดครั้งถัดไปของลูกค้า…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>ปิดเรื่อง…</translation>
    </message>
    <message>
        <source>Close the conversation with an outcome (E)</source>
        <translation>ปิดบทสนทนาพร้อมระบุผลลัพธ์ (E)</translation>
    </message>
    <message>
        <source>Return to assistant</source>
        <translation>ส่งคืนผู้ช่วย AI</translation>
    </message>
    <message>
        <source>Hand the conversation back to the AI assistant</source>
        <translation>ส่งบทสนทนาคืนให้ผู้ช่วย AI</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>ตอบลูกค้า</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Queue the reply for the customer (Ctrl+Enter)</source>
        <translation>ส่งคำตอบเข้าคิวเพื่อส่งถึงลูกค้า (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Handoffs claimed today: %1.</source>
        <translation>เรื่องส่งต่อที่รับวันนี้: %1</translation>
    </message>
    <message>
        <source>Handoffs resolved today: %1.</source>
        <translation>เรื่องส่งต่อที่ปิดวันนี้: %1</translation>
    </message>
    <message>
        <source>%1 of %2 conversations.</source>
        <translation>%1 จาก %2 บทสนทนา</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs.</source>
        <translation>%1 จาก %2 เรื่อง</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing waiting. The assistant is handling every conversation.</source>
        <translation>ไม่มีเรื่องรอ ผู้ช่วย AI ดูแลทุกบทสนทนาอยู่</translation>
    </message>
    <message>
        <source>Every open handoff has someone on it.</source>
        <translation>ทุกเรื่องที่เปิดอยู่มีคนรับแล้ว</translation>
    </message>
    <message>
        <source>You have no open handoffs.</source>
        <translation>คุณไม่มีเรื่องส่งต่อที่เปิดอยู่</translation>
    </message>
    <message>
        <source>No resolved handoffs yet.</source>
        <translation>ยังไม่มีเรื่องส่งต่อที่ปิดแล้ว</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>ส่งต่อเมื่อ %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>ปิดหลังจาก %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>ผลลัพธ์: %1</translation>
    </message>
    <message>
        <source>waiting %1 in opening hours</source>
        <translation>รอ %1 ในเวลาทำการ</translation>
    </message>
    <message>
        <source>clock paused while closed</source>
        <translation>หยุดนับเวลาขณะร้านปิด</translation>
    </message>
    <message>
        <source>Reply to %1…  (R to write, Ctrl+Enter to send)</source>
        <translation>ตอบ %1…  (กด R เพื่อพิมพ์, Ctrl+Enter เพื่อส่ง)</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>ปิดเรื่องโดย %1</translation>
    </message>
    <message>
        <source>Nobody has claimed this yet</source>
        <translation>ยังไม่มีใครรับเรื่องนี้</translation>
    </message>
    <message>
        <source>You have this conversation</source>
        <translation>คุณรับบทสนทนานี้อยู่</translation>
    </message>
    <message>
        <source>%1 has this conversation</source>
        <translation>%1 รับบทสนทนานี้อยู่</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>คนอื่น</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ปล่อยเรื่อง</translation>
    </message>
    <message>
        <source>Let someone else take it</source>
        <translation>ให้คนอื่นรับต่อ</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>รับบทสนทนานี้ (C)</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s 24-hour reply window closed %1.</source>
        <translation>ช่วงเวลาตอบกลับ 24 ชั่วโมงของ WhatsApp ปิดไปแล้ว %1</translation>
    </message>
    <message>
        <source>The customer has not written on WhatsApp in the last 24 hours.</source>
        <translation>ลูกค้าไม่ได้ส่งข้อความทาง WhatsApp ใน 24 ชั่วโมงที่ผ่านมา</translation>
    </message>
    <message>
        <source>A free-form reply may not be delivered now; call the customer or wait for them to write again.</source>
        <translation>ข้อความตอบกลับแบบพิมพ์เองอาจส่งไม่ถึงในตอนนี้ ให้โทรหาลูกค้าหรือรอให้ลูกค้าส่งข้อความมาอีกครั้ง</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>%1 — not updated yet</source>
        <translation>%1 — ยังไม่ได้อัปเดต</translation>
    </message>
    <message>
        <source>%1 — last updated %2</source>
        <translation>%1 — อัปเดตล่าสุด %2</translation>
    </message>
    <message>
        <source>New handoffs and claims by others arrive when the connection is back; what you do here is sent then.</source>
        <translation>เรื่องส่งต่อใหม่และการรับเรื่องของคนอื่นจะเข้ามาเมื่อกลับมาเชื่อมต่อได้ สิ่งที่คุณทำตอนนี้จะถูกส่งไปตอนนั้น</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>เรื่องส่งต่อนี้ปิดไปแล้ว</translation>
    </message>
    <message>
        <source>You already have this conversation.</source>
        <translation>คุณรับบทสนทนานี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>%1 กำลังดูแลบทสนทนานี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>You have this conversation now.</source>
        <translation>ตอนนี้คุณรับบทสนทนานี้แล้ว</translation>
    </message>
    <message>
        <source>Released: someone else can take it.</source>
        <translation>ปล่อยเรื่องแล้ว: คนอื่นรับต่อได้</translation>
    </message>
    <message>
        <source>%1 is handling this conversation; only they can reply.</source>
        <translation>%1 กำลังดูแลบทสนทนานี้ เฉพาะคนนั้นเท่านั้นที่ตอบได้</translation>
    </message>
    <message>
        <source>Reply queued — but the WhatsApp reply window has closed, so it may not be delivered.</source>
        <translation>คำตอบเข้าคิวแล้ว — แต่ช่วงเวลาตอบกลับของ WhatsApp ปิดไปแล้ว จึงอาจส่งไม่ถึง</translation>
    </message>
    <message>
        <source>Reply queued; its delivery shows under it.</source>
        <translation>คำตอบเข้าคิวแล้ว สถานะการส่งจะแสดงใต้ข้อความ</translation>
    </message>
    <message>
        <source>Handed back to the assistant.</source>
        <translation>ส่งคืนผู้ช่วย AI แล้ว</translation>
    </message>
    <message>
        <source>Resolved as “%1”.</source>
        <translation>ปิดเรื่องเป็น “%1” แล้ว</translation>
    </message>
    <message>
        <source>Booked. Resolve the handoff as booked with E.</source>
        <translation>จองแล้ว กด E เพื่อปิดเรื่องส่งต่อเป็น “จองแล้ว”</translation>
    </message>
    <message>
        <source>Moved. Resolve the handoff as rescheduled with E.</source>
        <translation>ย้ายนัดแล้ว กด E เพื่อปิดเรื่องส่งต่อเป็น “เลื่อนนัด”</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>Setting up — Chairside</source>
        <translation>กำลังตั้งค่า — Chairside</translation>
    </message>
    <message>
        <source>Setting up Chairside on this computer</source>
        <translation>กำลังตั้งค่า Chairside ในเครื่องนี้</translation>
    </message>
    <message>
        <source>Signed in as %1. Chairside is downloading the salon&apos;s appointments, customers and team to this computer. This happens once: next time Chairside opens straight away, even without internet.</source>
        <translation>เข้าสู่ระบบเป็น %1 แล้ว Chairside กำลังดาวน์โหลดนัดหมาย ลูกค้า และทีมงานของร้านมาไว้ในเครื่องนี้ ขั้นตอนนี้ทำเพียงครั้งเดียว ครั้งต่อไป Chairside จะเปิดใช้ได้ทันที แม้ไม่มีอินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Stop for now; the download continues where it left off next time.</source>
        <translation>หยุดไว้ก่อน ครั้งหน้าจะดาวน์โหลดต่อจากที่ค้างไว้</translation>
    </message>
</context>
<context>
    <name>HandoffOutcome</name>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>เลื่อนนัด</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ร้องเรียน</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>ไม่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>สแปม</translation>
    </message>
    <message>
        <source>Returned to the assistant</source>
        <translation>ส่งคืนผู้ช่วย AI</translation>
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
        <translation>เว็บแชท</translation>
    </message>
    <message>
        <source>Web visitor</source>
        <translation>ผู้เยี่ยมชมเว็บ</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>ไม่ทราบชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มีคนรับ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>รับเรื่องเมื่อ %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1 เลยกำหนด</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>ผู้รับเรื่อง</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>ใช้เวลา</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอมาแล้ว</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <source>Raised %1, resolved after %2</source>
        <translation>แจ้งเมื่อ %1 ปิดเรื่องหลังจาก %2</translation>
    </message>
    <message>
        <source>%1 of it in opening hours</source>
        <translation>ในจำนวนนี้ %1 อยู่ในเวลาทำการ</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>รอตั้งแต่ %1</translation>
    </message>
    <message>
        <source>%1 in opening hours (%2 in all)</source>
        <translation>%1 ในเวลาทำการ (ทั้งหมด %2)</translation>
    </message>
    <message>
        <source>The salon is closed: the clock is paused.</source>
        <translation>ร้านปิดอยู่: หยุดนับเวลาชั่วคราว</translation>
    </message>
    <message>
        <source>Over %1 — overdue</source>
        <translation>เกิน %1 — เลยกำหนดแล้ว</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>เกิน %1</translation>
    </message>
    <message>
        <source>Turns amber %1</source>
        <translation>ขึ้นสีเหลือง %1</translation>
    </message>
    <message>
        <source>Turns red %1</source>
        <translation>ขึ้นสีแดง %1</translation>
    </message>
</context>
<context>
    <name>HandoffWatch</name>
    <message>
        <source>A customer</source>
        <translation>ลูกค้ารายหนึ่ง</translation>
    </message>
</context>
<context>
    <name>KpiCardGrid</name>
    <message>
        <source>Key figures</source>
        <translation>ตัวเลขสำคัญ</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 เทียบกับช่วงก่อน</translation>
    </message>
    <message>
        <source>%1, %2 vs previous period</source>
        <translation>%1, %2 เทียบกับช่วงก่อนหน้า</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>ยอดเฉลี่ยต่อบิล</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>อัตราการมาใช้บริการจนเสร็จ</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>อัตราการไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>อัตราการยกเลิก</translation>
    </message>
    <message>
        <source>Late cancellation rate</source>
        <translation>อัตราการยกเลิกกระชั้นชิด</translation>
    </message>
    <message>
        <source>Average booking lead time</source>
        <translation>ระยะเวลาจองล่วงหน้าเฉลี่ย</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>อัตราการใช้เวลา</translation>
    </message>
    <message>
        <source>Rebooking rate</source>
        <translation>อัตราการจองนัดครั้งต่อไป</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>ลูกค้าประจำที่กลับมา</translation>
    </message>
    <message>
        <source>AI resolution rate</source>
        <translation>อัตราที่ AI จัดการจบเอง</translation>
    </message>
    <message>
        <source>Handoff rate</source>
        <translation>อัตราการส่งต่อ</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>เรื่องส่งต่อ</translation>
    </message>
    <message>
        <source>Handoff → booking</source>
        <translation>ส่งต่อ → ได้การจอง</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>แต้มที่ออกให้</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>แต้มที่ถูกแลก</translation>
    </message>
    <message>
        <source>Appointments starting in the period, whatever their status.</source>
        <translation>นัดที่เริ่มในช่วงเวลานี้ ไม่ว่าจะสถานะใด</translation>
    </message>
    <message>
        <source>Sum of the prices of completed appointments in the period.</source>
        <translation>ผลรวมราคาของนัดที่เสร็จสิ้นในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Revenue ÷ completed appointments.</source>
        <translation>รายได้ ÷ นัดที่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Completed appointments ÷ bookings.</source>
        <translation>นัดที่เสร็จสิ้น ÷ การจอง</translation>
    </message>
    <message>
        <source>No-shows ÷ bookings.</source>
        <translation>ไม่มาตามนัด ÷ การจอง</translation>
    </message>
    <message>
        <source>Cancelled appointments ÷ bookings.</source>
        <translation>นัดที่ยกเลิก ÷ การจอง</translation>
    </message>
    <message>
        <source>Bookings cancelled less than 24 hours before their start (the time of the cancellation in the appointment&apos;s history, else its last change) ÷ bookings.</source>
        <translation>การจองที่ถูกยกเลิกไม่ถึง 24 ชั่วโมงก่อนเวลาเริ่ม (ดูเวลายกเลิกจากประวัติของนัด หากไม่มีใช้เวลาที่แก้ไขล่าสุด) ÷ การจอง</translation>
    </message>
    <message>
        <source>Mean of (start − time the booking was made) over bookings in the period, walk-ins excluded; a booking entered after its start counts as zero.</source>
        <translation>ค่าเฉลี่ยของ (เวลาเริ่ม − เวลาที่จอง) ของการจองในช่วงเวลานี้ ไม่นับวอล์กอิน การจองที่บันทึกหลังเวลาเริ่มนับเป็นศูนย์</translation>
    </message>
    <message>
        <source>Booked minutes of appointments that hold time (not cancelled, not no-shows) ÷ rostered minutes (working hours minus breaks of active staff, every day of the period).</source>
        <translation>นาทีที่มีนัดซึ่งใช้เวลาจริง (ไม่นับยกเลิกและไม่มาตามนัด) ÷ นาทีตามตารางงาน (ชั่วโมงทำงานหักเวลาพักของพนักงานที่ยังทำงานอยู่ ทุกวันในช่วงเวลานี้)</translation>
    </message>
    <message>
        <source>Completed visits of known clients after which the client already had their next appointment booked by the end of the visit&apos;s day ÷ those visits.</source>
        <translation>การมาใช้บริการที่เสร็จสิ้นของลูกค้าที่รู้จัก ซึ่งลูกค้าได้จองนัดครั้งถัดไปไว้แล้วภายในสิ้นวันนั้น ÷ การมาใช้บริการเหล่านั้นทั้งหมด</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period whose first completed visit ever falls in the period.</source>
        <translation>ลูกค้า (ไม่นับซ้ำ) ที่มาใช้บริการจนเสร็จในช่วงเวลานี้ และการมาใช้บริการจนเสร็จครั้งแรกของลูกค้าก็อยู่ในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period who had completed a visit before it.</source>
        <translation>ลูกค้า (ไม่นับซ้ำ) ที่มาใช้บริการจนเสร็จในช่วงเวลานี้ และเคยมาใช้บริการจนเสร็จมาก่อนแล้ว</translation>
    </message>
    <message>
        <source>AI conversations the assistant resolved alone ÷ all AI conversations started in the period.</source>
        <translation>บทสนทนากับ AI ที่ผู้ช่วย AI จัดการจบเอง ÷ บทสนทนากับ AI ทั้งหมดที่เริ่มในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>AI conversations handed to a person ÷ all AI conversations started in the period.</source>
        <translation>บทสนทนากับ AI ที่ส่งต่อให้พนักงาน ÷ บทสนทนากับ AI ทั้งหมดที่เริ่มในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Handoffs the assistant raised in the period.</source>
        <translation>เรื่องที่ผู้ช่วย AI ส่งต่อในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Handoffs raised in the period that staff resolved with the outcome &quot;booked&quot; ÷ handoffs raised in the period.</source>
        <translation>เรื่องส่งต่อในช่วงเวลานี้ที่พนักงานปิดด้วยผล &quot;จองแล้ว&quot; ÷ เรื่องส่งต่อในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Loyalty points earned on visits plus points awarded by staff.</source>
        <translation>แต้มสะสมที่ได้จากการมาใช้บริการ รวมกับแต้มที่พนักงานให้</translation>
    </message>
    <message>
        <source>Loyalty points spent on rewards.</source>
        <translation>แต้มสะสมที่ใช้แลกของรางวัล</translation>
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
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>ไม่มีข้อมูลก่อนหน้า</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 จุด</translation>
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
ช่วงนี้: %3 · %4 วันก่อนหน้า: %5</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>ช่วงนี้</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Chairside</source>
        <translation>เข้าสู่ระบบ — Chairside</translation>
    </message>
    <message>
        <source>Sign in to your salon</source>
        <translation>เข้าสู่ระบบร้านของคุณ</translation>
    </message>
    <message>
        <source>Use the e-mail address and password of your account at the salon. Chairside keeps a copy of the salon&apos;s book on this computer, so it keeps working when the internet does not.</source>
        <translation>ใช้อีเมลและรหัสผ่านของบัญชีคุณที่ร้าน Chairside เก็บสำเนาสมุดนัดของร้านไว้ในเครื่องนี้ จึงใช้งานต่อได้แม้อินเทอร์เน็ตใช้ไม่ได้</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>name@yoursalon.co.za</source>
        <translation>name@yoursalon.co.th</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>การตั้งค่าเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>URL ของแบ็กเอนด์</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co</source>
        <translation>https://your-project.supabase.co</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation>ที่อยู่เซิร์ฟเวอร์(&amp;V):</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>คีย์ anon</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>คีย์ anon (สาธารณะ) ของโปรเจกต์</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>คีย์ anon(&amp;A):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>ไฟล์ใบรับรอง CA</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own CA</source>
        <translation>เฉพาะเซิร์ฟเวอร์ที่โฮสต์เองและมี CA ของตัวเอง</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>เลือกไฟล์(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>เลือกไฟล์ใบรับรอง CA</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>ใบรับรอง CA(&amp;C):</translation>
    </message>
    <message>
        <source>Use the &amp;demo salon</source>
        <translation>ใช้ร้านตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>Use the demo salon</source>
        <translation>ใช้ร้านตัวอย่าง</translation>
    </message>
    <message>
        <source>Try Chairside on a generated salon stored only on this computer.</source>
        <translation>ทดลองใช้ Chairside กับร้านตัวอย่างที่สร้างขึ้นและเก็บไว้ในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>เข้าสู่ระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>เซิร์ฟเวอร์: %1</translation>
    </message>
    <message>
        <source>Hide the server settings</source>
        <translation>ซ่อนการตั้งค่าเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Show where the salon&apos;s server is</source>
        <translation>แสดงที่อยู่เซิร์ฟเวอร์ของร้าน</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>กรอกอีเมลของคุณ</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>อ่านไฟล์ใบรับรอง CA ไม่ได้</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>กรอกรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังเข้าสู่ระบบ…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>เลือกใบรับรอง CA ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>ใบรับรอง (*.pem *.crt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>LoyaltyActionDialog</name>
    <message>
        <source>%1 has %2 points.</source>
        <translation>%1 มี %2 แต้ม</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Award points to %1</source>
        <translation>ให้แต้มแก่ %1</translation>
    </message>
    <message>
        <source>Required, e.g. Birthday, referral of a friend</source>
        <translation>จำเป็น เช่น วันเกิด แนะนำเพื่อน</translation>
    </message>
    <message>
        <source>Redeem a reward for %1</source>
        <translation>แลกของรางวัลให้ %1</translation>
    </message>
    <message>
        <source>Optional; the reward&apos;s name when empty</source>
        <translation>ไม่บังคับ หากเว้นว่างจะใช้ชื่อของรางวัล</translation>
    </message>
    <message>
        <source>Adjust %1&apos;s points</source>
        <translation>ปรับแต้มของ %1</translation>
    </message>
    <message>
        <source>Required, e.g. Points missed on 3 March</source>
        <translation>จำเป็น เช่น แต้มตกหล่นวันที่ 3 มี.ค.</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>ของรางวัล</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 แต้ม</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>ของรางวัล(&amp;R)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>แต้ม</translation>
    </message>
    <message>
        <source>A positive number adds points, a negative one takes them off</source>
        <translation>ตัวเลขบวกเพิ่มแต้ม ตัวเลขลบหักแต้ม</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>แต้ม(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>เหตุผล(&amp;E)</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>ให้แต้ม</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>แลก</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>ปรับ</translation>
    </message>
    <message>
        <source>%1 has %2 points and %3 costs %4, so it cannot be redeemed: the balance would go below zero.</source>
        <translation>%1 มี %2 แต้ม แต่ %3 ใช้ %4 แต้ม จึงแลกไม่ได้: ยอดแต้มจะติดลบ</translation>
    </message>
    <message>
        <source>This business offers no rewards yet.</source>
        <translation>ร้านนี้ยังไม่มีของรางวัลให้แลก</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>กรอกจำนวนแต้ม</translation>
    </message>
    <message>
        <source>%1 has %2 points, so %3 cannot be taken off: the balance would go below zero.</source>
        <translation>%1 มี %2 แต้ม จึงหักออก %3 แต้มไม่ได้: ยอดแต้มจะติดลบ</translation>
    </message>
    <message>
        <source>Balance afterwards: %1 points</source>
        <translation>ยอดคงเหลือหลังทำรายการ: %1 แต้ม</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the points history</source>
        <translation>ระบุเหตุผล: จะเก็บไว้ในประวัติแต้ม</translation>
    </message>
    <message>
        <source>%1 points awarded to %2.</source>
        <translation>ให้ %1 แต้มแก่ %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 redeemed for %2 points.</source>
        <translation>แลก %1 ด้วย %2 แต้มแล้ว</translation>
    </message>
    <message>
        <source>%1 points added to %2&apos;s balance.</source>
        <translation>เพิ่ม %1 แต้มในยอดของ %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 points taken off %2&apos;s balance.</source>
        <translation>หัก %1 แต้มจากยอดของ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedgerModel</name>
    <message>
        <source>Earned</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>ให้โดยพนักงาน</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>แลกแล้ว</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>ปรับแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>แต้ม</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesPage</name>
    <message>
        <source>Earning points</source>
        <translation>การได้รับแต้ม</translation>
    </message>
    <message>
        <source>Clients earn one point for every this much they spend.</source>
        <translation>ลูกค้าได้รับ 1 แต้มทุกครั้งที่ใช้จ่ายครบจำนวนนี้</translation>
    </message>
    <message>
        <source>One point for every</source>
        <translation>1 แต้มต่อการใช้จ่ายทุก</translation>
    </message>
    <message>
        <source> months</source>
        <translation> เดือน</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่หมดอายุ</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>แต้มหมดอายุหลังจาก</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ระดับสมาชิก</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>แต้มที่ต้องมี</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>สิทธิประโยชน์</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <source>Points needed for tier %1</source>
        <translation>แต้มที่ต้องมีสำหรับระดับ %1</translation>
    </message>
    <message>
        <source>Rewards catalogue</source>
        <translation>รายการของรางวัล</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>ของรางวัล</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>แต้มที่ใช้แลก</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>เปิดให้แลก</translation>
    </message>
    <message>
        <source>Add a reward</source>
        <translation>เพิ่มของรางวัล</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับ “%1”: %2 การเปลี่ยนแปลงของคุณยังอยู่ แก้ไขให้ถูกต้องแล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>บันทึกแล้ว เซิร์ฟเวอร์จะยืนยันในไม่ช้า</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Only an owner can change the loyalty rules.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนกฎการสะสมแต้มได้</translation>
    </message>
    <message>
        <source>What the client gets</source>
        <translation>สิ่งที่ลูกค้าได้รับ</translation>
    </message>
    <message>
        <source>Cost in points of reward %1</source>
        <translation>แต้มที่ใช้แลกของรางวัล %1</translation>
    </message>
    <message>
        <source>Reward %1 is offered</source>
        <translation>ของรางวัล %1 เปิดให้แลก</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>ไม่มีอะไรต้องบันทึก</translation>
    </message>
    <message>
        <source>Name of reward %1</source>
        <translation>ชื่อของรางวัล %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Appointments</source>
        <translation>นัดหมาย</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>เรื่องส่งต่อ</translation>
    </message>
    <message>
        <source>Customers &amp; Loyalty</source>
        <translation>ลูกค้าและสะสมแต้ม</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>เจ้าของร้าน</translation>
    </message>
    <message>
        <source>%1 — Chairside</source>
        <translation>%1 — Chairside</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>ซิงค์ตอนนี้(&amp;Y)</translation>
    </message>
    <message>
        <source>Send the edits made here and fetch the salon&apos;s latest changes</source>
        <translation>ส่งการแก้ไขจากเครื่องนี้และดึงการเปลี่ยนแปลงล่าสุดของร้าน</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>เข้าสู่ระบบ(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Chairside</source>
        <translation>เกี่ยวกับ Chairside(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>pane title, open handoffs</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, เปิดอยู่ %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>New handoff: %1</source>
        <translation>เรื่องส่งต่อใหม่: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>demo: person · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The demo salon, seen as %1 (%2). Times are shown in %3.</source>
        <translation>ร้านตัวอย่าง ในมุมมองของ %1 (%2) เวลาที่แสดงเป็นเวลา %3</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>เข้าสู่ระบบเป็น %1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3. Times are shown in %4.</source>
        <translation>เข้าสู่ระบบเป็น %1 (%2) ที่ %3 เวลาที่แสดงเป็นเวลา %4</translation>
    </message>
    <message>
        <source>Not signed in · %1&apos;s saved data</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ · ข้อมูลที่บันทึกไว้ของ %1</translation>
    </message>
    <message>
        <source>The data on screen is what this computer saved for %1. Sign in again (File → Sign in…) to send and receive changes.</source>
        <translation>ข้อมูลบนหน้าจอคือข้อมูลที่เครื่องนี้บันทึกไว้ของ %1 เข้าสู่ระบบอีกครั้ง (ไฟล์ → เข้าสู่ระบบ…) เพื่อส่งและรับการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Sign &amp;in to your salon…</source>
        <translation>เข้าสู่ระบบร้านของคุณ(&amp;I)…</translation>
    </message>
    <message>
        <source>About Chairside</source>
        <translation>เกี่ยวกับ Chairside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;The front-desk console for salons and clinics: the day&apos;s book, the AI assistant&apos;s handoffs, customers and loyalty, and the owner&apos;s numbers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;โปรแกรมหน้าร้านสำหรับร้านทำผมและคลินิกความงาม: สมุดนัดประจำวัน เรื่องที่ผู้ช่วย AI ส่งต่อมา ลูกค้าและแต้มสะสม และตัวเลขสำหรับเจ้าของร้าน&lt;/p&gt;&lt;p&gt;สร้างด้วย Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>ร้าน</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, ยังไม่ได้อ่าน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your next appointment at %1</source>
        <translation>นัดถัดไปของคุณเวลา %1</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>รวมข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Keep one record of a customer who was entered twice. Everything the other record has moves to the one you keep, and the other record leaves the customer list.</source>
        <translation>เก็บไว้เพียงระเบียนเดียวสำหรับลูกค้าที่ถูกบันทึกซ้ำ ทุกอย่างของอีกระเบียนจะย้ายไปยังระเบียนที่คุณเก็บไว้ และอีกระเบียนจะหายไปจากรายชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>ค้นหาอีกระเบียน</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the other record</source>
        <translation>ชื่อ เบอร์โทร หรืออีเมลของอีกระเบียน</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>ลูกค้าที่พบ</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>รวม(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Other record</source>
        <translation>อีกระเบียน(&amp;O)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>That customer is no longer in the list.</source>
        <translation>ลูกค้ารายนี้ไม่อยู่ในรายชื่อแล้ว</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>เก็บ %1 ไว้</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>เก็บอีกระเบียนไว้</translation>
    </message>
    <message>
        <source>Search for the other record of this customer and pick it.</source>
        <translation>ค้นหาอีกระเบียนของลูกค้ารายนี้แล้วเลือก</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 นัด</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 นัด</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 แต้ม</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 แต้ม</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 บทสนทนา</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 บทสนทนา</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>ย้ายไปยัง %1: %2</translation>
    </message>
    <message>
        <source>%1 then leaves the customer list. Where %2 has no phone number or e-mail, %1&apos;s is used; notes and allergy notes are joined; %2&apos;s reminder consent stays as it is.</source>
        <translation>จากนั้น %1 จะหายไปจากรายชื่อลูกค้า ถ้า %2 ไม่มีเบอร์โทรหรืออีเมล จะใช้ของ %1 แทน หมายเหตุและบันทึกการแพ้จะถูกรวมกัน ส่วนความยินยอมรับการเตือนนัดของ %2 ยังคงเดิม</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>การดำเนินการนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>รวมเข้ากับ %1(&amp;M)</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>แก้ไขข้อมูลลูกค้าที่นี่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>NotificationListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>ยังไม่ได้อ่าน: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>No notifications yet.</source>
        <translation>ยังไม่มีการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Nothing unread. You are all caught up.</source>
        <translation>ไม่มีรายการที่ยังไม่ได้อ่าน คุณอ่านครบทุกรายการแล้ว</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>Show %1 notifications</source>
        <translation>แสดงการแจ้งเตือน%1</translation>
    </message>
    <message>
        <source>Available when connected to your salon&apos;s backend</source>
        <translation>ใช้ได้เมื่อเชื่อมต่อกับแบ็กเอนด์ของร้าน</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>ทำเครื่องหมายว่าอ่านแล้วทั้งหมด</translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation>ไม่มีรายการที่ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>ยังไม่ได้อ่าน %1</translation>
    </message>
    <message>
        <source>You have read everything.</source>
        <translation>คุณอ่านครบทุกรายการแล้ว</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>ไม่มีการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>ทำเครื่องหมายว่าอ่านแล้ว</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิดทิ้ง</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be queued for the server, so it was not made.</source>
        <translation>ส่งการเปลี่ยนแปลงเข้าคิวไปยังเซิร์ฟเวอร์ไม่ได้ จึงไม่ได้ทำการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>That sync issue is no longer there.</source>
        <translation>ไม่มีปัญหาการซิงค์นี้แล้ว</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Business profile</source>
        <translation>ข้อมูลร้าน</translation>
    </message>
    <message>
        <source>ZAR</source>
        <translation>THB</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>เขตเวลา(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>สกุลเงิน(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ที่อยู่(&amp;A)</translation>
    </message>
    <message>
        <source>Times on bookings, reminders and reports follow the time zone; prices use the currency.</source>
        <translation>เวลาในการจอง การเตือนนัด และรายงานเป็นไปตามเขตเวลา ส่วนราคาใช้สกุลเงินนี้</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>บันทึกข้อมูลร้าน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ย้อนกลับ(&amp;R)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>เวลาทำการ</translation>
    </message>
    <message>
        <source>The salon is open while anyone on the team works. Set each person&apos;s hours on the Staff page.</source>
        <translation>ร้านเปิดตราบที่มีคนในทีมทำงานอยู่ ตั้งเวลาทำงานของแต่ละคนได้ที่หน้าพนักงาน</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Profile saved. Restart Chairside for the new time zone or currency to show everywhere.</source>
        <translation>บันทึกข้อมูลร้านแล้ว เปิด Chairside ใหม่เพื่อให้เขตเวลาหรือสกุลเงินใหม่แสดงผลทุกที่</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>บันทึกข้อมูลร้านแล้ว</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The local data could not be opened for writing: %1</source>
        <translation>เปิดข้อมูลในเครื่องเพื่อเขียนไม่ได้: %1</translation>
    </message>
    <message>
        <source>The local data could not be read: %1</source>
        <translation>อ่านข้อมูลในเครื่องไม่ได้: %1</translation>
    </message>
    <message>
        <source>The changes for %1 could not be prepared: %2</source>
        <translation>เตรียมการเปลี่ยนแปลงสำหรับ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be saved: %3</source>
        <translation>บันทึกแถว %1 ของ %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be marked deleted: %3</source>
        <translation>ทำเครื่องหมายว่าลบแถว %1 ของ %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>บันทึกตำแหน่งการซิงค์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Pending local changes could not be applied on top of the server&apos;s changes.</source>
        <translation>นำการเปลี่ยนแปลงในเครื่องที่รอส่งไปใช้ต่อจากการเปลี่ยนแปลงของเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be saved: %1</source>
        <translation>บันทึกการเปลี่ยนแปลงจากเซิร์ฟเวอร์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>PullPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (at byte %1).</source>
        <translation>คำตอบจากเซิร์ฟเวอร์ไม่ใช่ JSON ที่ถูกต้อง (ที่ไบต์ %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a page of changes.</source>
        <translation>คำตอบจากเซิร์ฟเวอร์ไม่ใช่หน้าการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes lacks rows, cursor or has_more, or has them in the wrong form.</source>
        <translation>หน้าการเปลี่ยนแปลงจากเซิร์ฟเวอร์ไม่มี rows, cursor หรือ has_more หรือมีแต่รูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an empty cursor.</source>
        <translation>หน้าการเปลี่ยนแปลงจากเซิร์ฟเวอร์มี cursor ว่าง</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an unreadable server_time.</source>
        <translation>หน้าการเปลี่ยนแปลงจากเซิร์ฟเวอร์มี server_time ที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>The server&apos;s rows for %1 are not a list.</source>
        <translation>แถวของ %1 จากเซิร์ฟเวอร์ไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id or no version.</source>
        <translation>แถวหนึ่งของ %1 จากเซิร์ฟเวอร์ไม่มี id หรือไม่มี version</translation>
    </message>
    <message>
        <source>The server&apos;s deleted ids for %1 are not a list.</source>
        <translation>id ที่ถูกลบของ %1 จากเซิร์ฟเวอร์ไม่ได้อยู่ในรูปแบบรายการ</translation>
    </message>
    <message>
        <source>A deleted id of %1 from the server is not an id.</source>
        <translation>id ที่ถูกลบรายการหนึ่งของ %1 จากเซิร์ฟเวอร์ไม่ใช่ id</translation>
    </message>
</context>
<context>
    <name>ReminderRulesPage</name>
    <message>
        <source>Clients get a reminder the day before and two hours before their appointment, on the first channel switched on here that they agreed to. Nothing is sent during quiet hours; a reminder due then goes out when they end, if it is still in time.</source>
        <translation>ลูกค้าจะได้รับการเตือนนัดหนึ่งวันก่อนและสองชั่วโมงก่อนเวลานัด ผ่านช่องทางแรกที่เปิดไว้ที่นี่และลูกค้ายินยอมรับ ระหว่างช่วงงดส่งข้อความจะไม่มีการส่งใด ๆ การเตือนที่ถึงกำหนดในช่วงนั้นจะส่งเมื่อช่วงงดส่งสิ้นสุด หากยังทันเวลา</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การเตือนนัด</translation>
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
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>The day before (24 h)</source>
        <translation>หนึ่งวันก่อน (24 ชม.)</translation>
    </message>
    <message>
        <source>Two hours before</source>
        <translation>สองชั่วโมงก่อน</translation>
    </message>
    <message>
        <source>24 h reminder by %1</source>
        <translation>การเตือน 24 ชม. ทาง %1</translation>
    </message>
    <message>
        <source>2 h reminder by %1</source>
        <translation>การเตือน 2 ชม. ทาง %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>ช่วงงดส่งข้อความ</translation>
    </message>
    <message>
        <source>Send nothing from</source>
        <translation>ไม่ส่งข้อความตั้งแต่</translation>
    </message>
    <message>
        <source>until</source>
        <translation>จนถึง</translation>
    </message>
    <message>
        <source>(the salon&apos;s time)</source>
        <translation>(เวลาของร้าน)</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับ “%1”: %2 การเปลี่ยนแปลงของคุณยังอยู่ แก้ไขให้ถูกต้องแล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>บันทึกแล้ว เซิร์ฟเวอร์จะยืนยันในไม่ช้า</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Only an owner can change the reminder rules.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่เปลี่ยนกฎการเตือนนัดได้</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>ไม่มีอะไรต้องบันทึก</translation>
    </message>
</context>
<context>
    <name>ReplyOutcome</name>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified (%2). Check the backend address and, for a self-hosted backend, its certificate authority file.</source>
        <translation>การเชื่อมต่อแบบปลอดภัยไปยัง %1 ล้มเหลว: ตรวจสอบใบรับรองไม่ได้ (%2) ตรวจสอบที่อยู่แบ็กเอนด์ และหากเป็นแบ็กเอนด์ที่โฮสต์เอง ให้ตรวจไฟล์ผู้ออกใบรับรอง (CA) ด้วย</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>%1 refused the connection; the service may be down.</source>
        <translation>%1 ปฏิเสธการเชื่อมต่อ บริการอาจใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>The server %1 could not be found; check the internet connection and the backend address.</source>
        <translation>ไม่พบเซิร์ฟเวอร์ %1 ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตและที่อยู่แบ็กเอนด์</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>คำตอบจาก %1 ถูกตัดขาดกลางทาง</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2); check the internet connection.</source>
        <translation>การเชื่อมต่อไปยัง %1 ล้มเหลว (%2) ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต</translation>
    </message>
</context>
<context>
    <name>ResolveHandoffDialog</name>
    <message>
        <source>Resolve handoff</source>
        <translation>ปิดเรื่องส่งต่อ</translation>
    </message>
    <message>
        <source>How did the conversation with %1 end?</source>
        <translation>บทสนทนากับ %1 จบลงอย่างไร</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Note (what was agreed, for the next person):</source>
        <translation>บันทึก (สิ่งที่ตกลงกันไว้ สำหรับคนถัดไป)(&amp;N):</translation>
    </message>
    <message>
        <source>Resolve and &amp;next</source>
        <translation>ปิดเรื่องแล้วไปเรื่องถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>ปิดเรื่อง(&amp;R)</translation>
    </message>
    <message>
        <source>Pick how the conversation ended first.</source>
        <translation>เลือกก่อนว่าบทสนทนาจบลงอย่างไร</translation>
    </message>
</context>
<context>
    <name>RowCodec</name>
    <message>
        <source>The server sent rows for a table Chairside does not keep (%1).</source>
        <translation>เซิร์ฟเวอร์ส่งแถวของตารางที่ Chairside ไม่ได้เก็บไว้ (%1)</translation>
    </message>
    <message>
        <source>The local columns of %1 could not be read: %2</source>
        <translation>อ่านคอลัมน์ในเครื่องของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The local table %1 is missing or lacks id, version or deleted_at.</source>
        <translation>ไม่มีตาราง %1 ในเครื่อง หรือตารางไม่มี id, version หรือ deleted_at</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id.</source>
        <translation>แถวหนึ่งของ %1 จากเซิร์ฟเวอร์ไม่มี id</translation>
    </message>
    <message>
        <source>The row %1 of %2 from the server has no version.</source>
        <translation>แถว %1 ของ %2 จากเซิร์ฟเวอร์ไม่มี version</translation>
    </message>
    <message>
        <source>The row %1 of %2 has a value in %3 that does not fit.</source>
        <translation>แถว %1 ของ %2 มีค่าใน %3 ที่ไม่ตรงรูปแบบ</translation>
    </message>
    <message>
        <source>A row of %1 from the server is not valid JSON (at byte %2 of the row).</source>
        <translation>แถวหนึ่งของ %1 จากเซิร์ฟเวอร์ไม่ใช่ JSON ที่ถูกต้อง (ที่ไบต์ %2 ของแถว)</translation>
    </message>
</context>
<context>
    <name>RulesSaveBar</name>
    <message>
        <source>Discard changes</source>
        <translation>ทิ้งการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source> + %1 processing</source>
        <translation> + พักรอ %1</translation>
    </message>
    <message>
        <source> + %1 buffer</source>
        <translation> + เผื่อเวลา %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>เปิดให้จอง</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>บริการใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Offered (customers and the assistant can book it)</source>
        <translation>เปิดให้จอง (ลูกค้าและผู้ช่วย AI จองได้)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>หมวดหมู่(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>ระยะเวลา(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>พักรอ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Buffer</source>
        <translation>เผื่อเวลา(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>ราคา(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>สี(&amp;L)</translation>
    </message>
    <message>
        <source>A booking holds duration + processing + buffer. Processing is time the product works; the buffer is for cleaning up.</source>
        <translation>การจองหนึ่งครั้งกินเวลา ระยะเวลา + พักรอ + เผื่อเวลา พักรอคือเวลาที่รอให้ผลิตภัณฑ์ทำงาน ส่วนเผื่อเวลามีไว้สำหรับเก็บทำความสะอาด</translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation>บันทึกบริการ(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ย้อนกลับ(&amp;V)</translation>
    </message>
    <message>
        <source>Service added.</source>
        <translation>เพิ่มบริการแล้ว</translation>
    </message>
    <message>
        <source>Service saved.</source>
        <translation>บันทึกบริการแล้ว</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no saved sign-in.</source>
        <translation>ไม่มีการเข้าสู่ระบบที่บันทึกไว้</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>คุณออกจากระบบอยู่</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>คุณออกจากระบบแล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co — empty for the demo salon</source>
        <translation>https://your-project.supabase.co — เว้นว่างไว้สำหรับร้านตัวอย่าง</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>URL ของแบ็กเอนด์</translation>
    </message>
    <message>
        <source>&amp;Backend URL:</source>
        <translation>URL ของแบ็กเอนด์(&amp;B):</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>คีย์ anon (สาธารณะ) ของโปรเจกต์</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>คีย์ anon</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>คีย์ anon(&amp;A):</translation>
    </message>
    <message>
        <source>Only for a self-hosted backend with its own CA</source>
        <translation>เฉพาะแบ็กเอนด์ที่โฮสต์เองและมี CA ของตัวเอง</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>ไฟล์ใบรับรอง CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>เลือกไฟล์(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>ใบรับรอง CA(&amp;C):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Passwords and sign-in tokens are kept in the system keychain, never in these settings.</source>
        <translation>รหัสผ่านและโทเค็นการเข้าสู่ระบบเก็บไว้ในคีย์เชนของระบบ ไม่ได้เก็บในการตั้งค่านี้</translation>
    </message>
    <message>
        <source>The backend URL is not a valid address.</source>
        <translation>URL ของแบ็กเอนด์ไม่ใช่ที่อยู่ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The backend URL must start with https:// — Chairside only talks to its backend over a verified encrypted connection.</source>
        <translation>URL ของแบ็กเอนด์ต้องขึ้นต้นด้วย https:// — Chairside สื่อสารกับแบ็กเอนด์ผ่านการเชื่อมต่อที่เข้ารหัสและตรวจสอบแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon key (Supabase dashboard → Project settings → API).</source>
        <translation>กรอกคีย์ anon ของโปรเจกต์ (แดชบอร์ด Supabase → Project settings → API)</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>อ่านไฟล์ใบรับรอง CA ไม่ได้</translation>
    </message>
    <message>
        <source>Choose the backend&apos;s CA certificate</source>
        <translation>เลือกใบรับรอง CA ของแบ็กเอนด์</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>ใบรับรอง (*.pem *.crt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>SetupSubmitter</name>
    <message>
        <source>Nothing to save.</source>
        <translation>ไม่มีอะไรต้องบันทึก</translation>
    </message>
    <message>
        <source>They stay booked; you can move or cancel them in Appointments. Save the change anyway?</source>
        <translation>นัดเหล่านี้จะยังคงอยู่ คุณย้ายหรือยกเลิกได้ในหน้านัดหมาย บันทึกการเปลี่ยนแปลงต่อไหม</translation>
    </message>
    <message>
        <source>Not saved: the bookings were kept as they are.</source>
        <translation>ไม่ได้บันทึก: การจองยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>The server found bookings this computer did not know of yet. Save the change anyway?</source>
        <translation>เซิร์ฟเวอร์พบการจองที่เครื่องนี้ยังไม่รู้ บันทึกการเปลี่ยนแปลงต่อไหม</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add person</source>
        <translation>เพิ่มพนักงาน(&amp;A)</translation>
    </message>
    <message>
        <source>Staff — the desk and their own book</source>
        <translation>พนักงาน — งานหน้าร้านและนัดของตัวเอง</translation>
    </message>
    <message>
        <source>Admin — also the AI assistant&apos;s handoffs</source>
        <translation>ผู้ดูแล — รวมถึงเรื่องส่งต่อจากผู้ช่วย AI</translation>
    </message>
    <message>
        <source>Owner — also analytics and these settings</source>
        <translation>เจ้าของร้าน — รวมถึงการวิเคราะห์และการตั้งค่าเหล่านี้</translation>
    </message>
    <message>
        <source>Active (shown in the calendar and bookable)</source>
        <translation>ใช้งานอยู่ (แสดงในปฏิทินและรับจองได้)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>บทบาท(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>สี(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>บันทึกข้อมูล(&amp;S)</translation>
    </message>
    <message>
        <source>Sign-in accounts are linked to people in the Supabase dashboard.</source>
        <translation>บัญชีเข้าสู่ระบบเชื่อมกับบุคคลได้ในแดชบอร์ดของ Supabase</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Save &amp;hours</source>
        <translation>บันทึกเวลาทำงาน(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ย้อนกลับ(&amp;V)</translation>
    </message>
    <message>
        <source>Times are in the salon&apos;s time zone. If new hours leave booked appointments outside them, you are asked before anything is saved.</source>
        <translation>เวลาทั้งหมดเป็นเขตเวลาของร้าน หากเวลาทำงานใหม่ทำให้มีนัดที่จองไว้อยู่นอกเวลา ระบบจะถามคุณก่อนบันทึก</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>เวลาทำงาน</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Add &amp;time off…</source>
        <translation>เพิ่มการลางาน(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>นำออก(&amp;M)</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>ลางาน</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>สมาชิกทีมใหม่</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>%1 เข้าร่วมทีมแล้ว</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>บันทึกข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Working hours saved.</source>
        <translation>บันทึกเวลาทำงานแล้ว</translation>
    </message>
    <message>
        <source>Time off added.</source>
        <translation>เพิ่มการลางานแล้ว</translation>
    </message>
    <message>
        <source>Time off removed.</source>
        <translation>นำการลางานออกแล้ว</translation>
    </message>
    <message>
        <source>Tick the services this person does, or Every service.</source>
        <translation>เลือกบริการที่คนนี้ทำ หรือเลือก ทุกบริการ</translation>
    </message>
</context>
<context>
    <name>StaffServicesEditor</name>
    <message>
        <source>Every service</source>
        <translation>ทุกบริการ</translation>
    </message>
    <message>
        <source>Does every service</source>
        <translation>ทำได้ทุกบริการ</translation>
    </message>
    <message>
        <source>Anyone with this ticked can be booked for any offered service, including services added later.</source>
        <translation>ผู้ที่เลือกช่องนี้จองได้ทุกบริการที่เปิดให้บริการ รวมถึงบริการที่เพิ่มภายหลัง</translation>
    </message>
    <message>
        <source>Services this person does</source>
        <translation>บริการที่คนนี้ทำ</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (ไม่เปิดให้บริการ)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Owner</source>
        <translation>เจ้าของร้าน</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>No working hours</source>
        <translation>ไม่มีเวลาทำงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>เวลาทำงาน</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
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
        <translation>สีของสถานะ</translation>
    </message>
    <message>
        <source>Appointment colours by status. Cancelled and no-show bookings are drawn faded and hatched.</source>
        <translation>สีของนัดตามสถานะ การจองที่ยกเลิกและไม่มาตามนัดจะแสดงเป็นสีจางและมีลายขีด</translation>
    </message>
</context>
<context>
    <name>SupabaseRpcClient</name>
    <message>
        <source>The server&apos;s answer was incomplete or not readable.</source>
        <translation>คำตอบจากเซิร์ฟเวอร์ไม่ครบหรืออ่านไม่ได้</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in, even after renewing it. Please sign in again.</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับการเข้าสู่ระบบ แม้ต่ออายุแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (%1).</source>
        <translation>บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้ (%1)</translation>
    </message>
    <message>
        <source>The server is busy with too many requests; Chairside will try again shortly.</source>
        <translation>เซิร์ฟเวอร์มีคำขอมากเกินไป Chairside จะลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); Chairside will try again.</source>
        <translation>เซิร์ฟเวอร์มีปัญหา (HTTP %1) Chairside จะลองใหม่</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธคำขอ (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sign-in has expired. Please sign in again.</source>
        <translation>การเข้าสู่ระบบหมดอายุแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>The salon&apos;s server cannot be reached.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ของร้านไม่ได้</translation>
    </message>
    <message>
        <source>The salon&apos;s server did not answer in time.</source>
        <translation>เซิร์ฟเวอร์ของร้านไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>ตรวจสอบใบรับรองของเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <source>The server asked Chairside to slow down.</source>
        <translation>เซิร์ฟเวอร์ขอให้ Chairside ส่งคำขอช้าลง</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์มีปัญหา (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or garbled.</source>
        <translation>คำตอบจากเซิร์ฟเวอร์ไม่ครบหรือผิดรูปแบบ</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธคำขอ (HTTP %1)</translation>
    </message>
    <message>
        <source>Downloading changes is paused: the server would remove many records.</source>
        <translation>หยุดดาวน์โหลดการเปลี่ยนแปลงไว้ก่อน: เซิร์ฟเวอร์จะลบข้อมูลจำนวนมาก</translation>
    </message>
    <message>
        <source>Not connected to a salon&apos;s server.</source>
        <translation>ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์ของร้าน</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sent edits was garbled.</source>
        <translation>คำตอบของเซิร์ฟเวอร์ต่อการแก้ไขที่ส่งไปผิดรูปแบบ</translation>
    </message>
    <message>
        <source>The server sent changes Chairside could not read: %1</source>
        <translation>เซิร์ฟเวอร์ส่งการเปลี่ยนแปลงที่ Chairside อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>The downloaded changes could not be saved on this computer.</source>
        <translation>บันทึกการเปลี่ยนแปลงที่ดาวน์โหลดมาลงในเครื่องนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Sync issues</source>
        <translation>ปัญหาการซิงค์</translation>
    </message>
    <message>
        <source>These changes were not accepted by the salon&apos;s server, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>เซิร์ฟเวอร์ของร้านไม่ยอมรับการเปลี่ยนแปลงเหล่านี้ จึงยกเลิกการเปลี่ยนแปลงในเครื่องนี้แล้ว “ลองใหม่” จะส่งการเปลี่ยนแปลงอีกครั้ง ส่วน “ทิ้ง” จะลืมการเปลี่ยนแปลงนั้นไป</translation>
    </message>
    <message>
        <source>Changes not accepted</source>
        <translation>การเปลี่ยนแปลงที่ไม่ได้รับการยอมรับ</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>ทุกอย่างซิงค์ตรงกันแล้ว</translation>
    </message>
    <message>
        <source>Sync issue status</source>
        <translation>สถานะปัญหาการซิงค์</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>ลองใหม่(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the selected change</source>
        <translation>ลองส่งการเปลี่ยนแปลงที่เลือกใหม่</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>ส่งการเปลี่ยนแปลงที่เลือกไปยังเซิร์ฟเวอร์อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ทิ้ง(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>ทิ้งการเปลี่ยนแปลงที่เลือก</translation>
    </message>
    <message>
        <source>Forget the selected change; it stays undone</source>
        <translation>ลืมการเปลี่ยนแปลงที่เลือก โดยยังคงยกเลิกไว้เหมือนเดิม</translation>
    </message>
    <message>
        <source>Close sync issues</source>
        <translation>ปิดปัญหาการซิงค์</translation>
    </message>
    <message>
        <source>The change was queued again.</source>
        <translation>นำการเปลี่ยนแปลงเข้าคิวอีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>ทิ้งการเปลี่ยนแปลงนี้ไหม</translation>
    </message>
    <message>
        <source>“%1” stays undone and will not be sent again.</source>
        <translation>“%1” จะยังคงถูกยกเลิกไว้และจะไม่ถูกส่งอีก</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>ทิ้งการเปลี่ยนแปลงแล้ว</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>The local store is not open.</source>
        <translation>ยังไม่ได้เปิดที่เก็บข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>มีคนอื่นเปลี่ยนรายการนี้ก่อนแล้ว</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>มีรายการนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Someone else is already handling this conversation.</source>
        <translation>มีคนอื่นดูแลบทสนทนานี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>This conversation was already resolved.</source>
        <translation>บทสนทนานี้ปิดเรื่องไปแล้ว</translation>
    </message>
    <message>
        <source>The staff member is already booked at that time.</source>
        <translation>พนักงานมีนัดในเวลานั้นอยู่แล้ว</translation>
    </message>
    <message>
        <source>The customer does not have enough points.</source>
        <translation>ลูกค้ามีแต้มไม่พอ</translation>
    </message>
    <message>
        <source>The appointment cannot move to that status.</source>
        <translation>นัดนี้เปลี่ยนเป็นสถานะนั้นไม่ได้</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้ทำการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>รายการนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The server did not accept this change.</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>สิ่งที่พยายามทำ</translation>
    </message>
    <message>
        <source>Why it was not accepted</source>
        <translation>เหตุที่ไม่ได้รับการยอมรับ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>%1 s</source>
        <comment>retrying in … seconds</comment>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>retrying in … minutes</comment>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>สถานะการซิงค์</translation>
    </message>
    <message>
        <source>Local demo data · Sync off</source>
        <translation>ข้อมูลตัวอย่างในเครื่อง · ปิดการซิงค์</translation>
    </message>
    <message>
        <source>Chairside is working on a generated demo salon stored on this computer. Nothing is sent anywhere. Sign in to your salon in File → Sign in…</source>
        <translation>Chairside กำลังทำงานกับร้านตัวอย่างที่สร้างขึ้นและเก็บไว้ในเครื่องนี้ ไม่มีการส่งข้อมูลไปที่ใด เข้าสู่ระบบร้านของคุณได้ที่ ไฟล์ → เข้าสู่ระบบ…</translation>
    </message>
    <message>
        <source>Edits the server did not accept: see what happened and retry or discard them.</source>
        <translation>การแก้ไขที่เซิร์ฟเวอร์ไม่ยอมรับ: ดูว่าเกิดอะไรขึ้น แล้วลองใหม่หรือทิ้ง</translation>
    </message>
    <message>
        <source>retrying now…</source>
        <translation>กำลังลองใหม่…</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>จะลองใหม่ใน %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>ออฟไลน์ — %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>Paused — needs your decision</source>
        <translation>หยุดชั่วคราว — รอให้คุณตัดสินใจ</translation>
    </message>
    <message>
        <source>Last synced: never</source>
        <translation>ซิงค์ล่าสุด: ไม่เคย</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>ซิงค์ล่าสุดเมื่อสักครู่</translation>
    </message>
    <message>
        <source>Last synced %1 min ago</source>
        <translation>ซิงค์ล่าสุด %1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <source>Last synced %1 h ago</source>
        <translation>ซิงค์ล่าสุด %1 ชั่วโมงที่แล้ว</translation>
    </message>
    <message>
        <source>Last synced on %1</source>
        <translation>ซิงค์ล่าสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>Everything on this computer matched the salon&apos;s server at %1.</source>
        <translation>ข้อมูลทั้งหมดในเครื่องนี้ตรงกับเซิร์ฟเวอร์ของร้านเมื่อ %1</translation>
    </message>
    <message>
        <source>This computer has not finished downloading the salon&apos;s data yet.</source>
        <translation>เครื่องนี้ยังดาวน์โหลดข้อมูลของร้านไม่เสร็จ</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>ซิงค์: %1</translation>
    </message>
    <message>
        <source>1 edit waiting</source>
        <translation>รอส่ง 1 การแก้ไข</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>รอส่ง %n การแก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made on this computer that the server has not confirmed yet. They are kept safely and sent when the connection is back.</source>
        <translation>การเปลี่ยนแปลงที่ทำในเครื่องนี้ซึ่งเซิร์ฟเวอร์ยังไม่ยืนยัน เก็บไว้อย่างปลอดภัยและจะส่งเมื่อกลับมาเชื่อมต่อได้</translation>
    </message>
    <message>
        <source>1 sync issue</source>
        <translation>ปัญหาการซิงค์ 1 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n sync issues</source>
        <translation>
            <numerusform>ปัญหาการซิงค์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading your salon… %1 records</source>
        <translation>กำลังดาวน์โหลดข้อมูลร้าน… %1 รายการ</translation>
    </message>
    <message>
        <source>Connected to the salon&apos;s server. Changes arrive within seconds.</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ของร้านแล้ว การเปลี่ยนแปลงจะเข้ามาภายในไม่กี่วินาที</translation>
    </message>
    <message>
        <source>Sign in again (File → Sign in…) to send and receive changes. What is on this computer stays readable.</source>
        <translation>เข้าสู่ระบบอีกครั้ง (ไฟล์ → เข้าสู่ระบบ…) เพื่อส่งและรับการเปลี่ยนแปลง ข้อมูลในเครื่องนี้ยังเปิดอ่านได้</translation>
    </message>
    <message>
        <source>Chairside is waiting for you to decide about records the server would remove.</source>
        <translation>Chairside รอให้คุณตัดสินใจเรื่องข้อมูลที่เซิร์ฟเวอร์จะลบ</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>การลางานของ %1</translation>
    </message>
    <message>
        <source>Leave, training, doctor…</source>
        <translation>ลาพักร้อน อบรม พบแพทย์…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>ถึง(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>เหตุผล(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>อ่านไฟล์ผู้ออกใบรับรอง (CA) %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format.</source>
        <translation>ไฟล์ %1 ไม่มีใบรับรองในรูปแบบ PEM</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>No saved sign-in was found in the system keychain.</source>
        <translation>ไม่พบการเข้าสู่ระบบที่บันทึกไว้ในคีย์เชนของระบบ</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>คีย์เชนของระบบใช้งานไม่ได้: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>คีย์เชนของระบบปฏิเสธการเข้าถึง: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>คีย์เชนของระบบแจ้งข้อผิดพลาด: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>%1 (AI assistant)</source>
        <translation>%1 (ผู้ช่วย AI)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 เวลา %2: %3</translation>
    </message>
    <message>
        <source>Queued — waiting to be sent</source>
        <translation>อยู่ในคิว — รอส่ง</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ ส่งแล้ว</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ อ่านแล้ว</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ ส่งไม่ถึง</translation>
    </message>
    <message>
        <source>⚠ Not delivered: %1</source>
        <translation>⚠ ส่งไม่ถึง: %1</translation>
    </message>
</context>
<context>
    <name>WorkingHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>From</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Break on %1</source>
        <translation>พัก (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chairside cannot start</source>
        <translation>Chairside เริ่มทำงานไม่ได้</translation>
    </message>
</context>
</TS>
