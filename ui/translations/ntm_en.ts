<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../actions/backup_actions.py" line="37"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="38"/>
        <source>Thay đổi đã ghi</source>
        <translation>Recorded changes</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="39"/>
        <source>Bộ tiêu chí</source>
        <translation>Criteria sets</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../actions/backup_actions.py" line="134"/>
        <source>Sao &amp;lưu</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="135"/>
        <source>Sao lưu ra USB ngay…</source>
        <translation>Back up to USB now…</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="137"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="166"/>
        <source>Đã sao lưu tự động: {0}</source>
        <translation>Automatic backup made: {0}</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="171"/>
        <source>Chưa sao lưu tự động được: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="177"/>
        <source>Chọn USB hoặc thư mục để sao lưu</source>
        <translation>Choose a USB stick or folder for the backup</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="190"/>
        <source>Đang sao lưu ra {0}…</source>
        <translation>Backing up to {0}…</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="196"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="198"/>
        <source>Đã ghi và đọc lại kiểm tra bản sao lưu:
{0}
({1} byte, {2} tệp minh chứng).

Có thể rút USB an toàn.</source>
        <translation>The backup was written and read back to check it:
{0}
({1} bytes, {2} evidence files).

The USB stick can be removed safely.</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="207"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="209"/>
        <source>Bản sao lưu NTM (*.zip)</source>
        <translation>NTM backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="220"/>
        <source>Không dùng được bản sao lưu</source>
        <translation>The backup cannot be used</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="230"/>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="241"/>
        <source>Đã khôi phục dữ liệu của {0}. Những thay đổi sau thời điểm đó cần nhập lại.
Tệp hỏng được giữ tại:
{1}</source>
        <translation>The data of {0} has been restored. Changes made after that time need to be entered again.
The damaged file is kept at:
{1}</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="249"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="246"/>
        <source>Đã khôi phục dữ liệu của {0}.
Dữ liệu trước khi khôi phục được giữ ở bản sao lưu {1}; muốn hoàn tác, hãy khôi phục từ bản đó.</source>
        <translation>The data of {0} has been restored.
The data from before the restore is kept in backup {1}; to undo, restore from that backup.</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="261"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../widgets/bar_chart.py" line="66"/>
        <source>   ▮ thực hiện   | {0}</source>
        <translation>   ▮ achieved   | {0}</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="30"/>
        <source>Chưa có chứng thư — phần mềm vẫn hoạt động, dữ liệu gửi đi chưa được ký.</source>
        <translation>No certificate yet — the software still works, but data sent out is not signed.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="156"/>
        <source>Chứng thư của văn phòng (không bắt buộc)</source>
        <translation>Office certificate (optional)</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="159"/>
        <source>Nếu cấp trên đã gửi tệp chứng thư cho văn phòng, chọn tệp đó ở đây. Có thể làm sau.</source>
        <translation>If the higher level has sent your office a certificate file, choose it here. This can be done later.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="165"/>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="166"/>
        <source>Chọn tệp chứng thư…</source>
        <translation>Choose certificate file…</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="186"/>
        <source>Chọn tệp chứng thư</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="188"/>
        <source>Chứng thư văn phòng (*.cert);;Mọi tệp (*)</source>
        <translation>Office certificates (*.cert);;All files (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="195"/>
        <source>Chứng thư sẽ được kiểm tra khi bấm Hoàn tất.</source>
        <translation>The certificate will be checked when you click Finish.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="217"/>
        <source>Chứng thư này cấp cho {0} (mã {1}), không phải đơn vị đã chọn ở bước đầu. Hãy chọn lại đơn vị hoặc đúng tệp chứng thư.</source>
        <translation>This certificate was issued to {0} (code {1}), not to the unit chosen in the first step. Choose the unit again or the right certificate file.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../models/checklist_model.py" line="41"/>
        <source>Tiêu chí / chỉ tiêu</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="42"/>
        <source>Chỉ tiêu cần đạt</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="43"/>
        <source>Giá trị đạt được</source>
        <translation>Value achieved</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="44"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="45"/>
        <source>Theo quy tắc</source>
        <translation>By rule</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="46"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="47"/>
        <source>Phụ trách</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="48"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="51"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="52"/>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="53"/>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="163"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="224"/>
        <source>{0} (nhóm {1})</source>
        <translation>{0} (group {1})</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="225"/>
        <source>chưa có chỉ tiêu</source>
        <translation>no target yet</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="255"/>
        <source>
Số hiệu của chỉ tiêu này chưa nhập từ văn bản; nội dung theo ghi nhớ. Nhập từ văn bản bằng sổ Excel bộ tiêu chí.</source>
        <translation>
This indicator&apos;s number has not been entered from the text; its wording is recalled. Enter it from the text with the criteria set workbook.</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="259"/>
        <source>
Mức theo ghi nhớ, chưa đối chiếu văn bản: {0}</source>
        <translation>
Target as recalled, not checked against the text: {0}</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="265"/>
        <source>Đánh giá cả tiêu chí (bảng tiêu chí của huyện). Chọn đánh giá cho riêng chỉ tiêu này thì đánh giá riêng được dùng.</source>
        <translation>Assessment of the whole criterion (the district&apos;s criteria-status sheet). Choose an assessment for this indicator alone and that one is used.</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="275"/>
        <source>Kết quả tính theo chỉ tiêu khác với đánh giá của cán bộ. Kiểm tra lại giá trị hoặc ghi rõ lý do trong cột Ghi chú.</source>
        <translation>The result computed from the target differs from the officer&apos;s assessment. Check the value or give the reason in the Note column.</translation>
    </message>
    <message>
        <location filename="../models/checklist_model.py" line="281"/>
        <source>Nhập số kiểu Việt Nam: 16,3 hoặc 1.274.790</source>
        <translation>Enter numbers Vietnamese style: 16,3 or 1.274.790</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../pages/checklist_page.py" line="78"/>
        <source>Đạt chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="79"/>
        <source>Nâng cao</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="80"/>
        <source>Kiểu mẫu</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="83"/>
        <source>chuẩn nông thôn mới</source>
        <translation>the NTM standard</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="84"/>
        <source>nông thôn mới nâng cao</source>
        <translation>advanced NTM</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="85"/>
        <source>nông thôn mới kiểu mẫu</source>
        <translation>model NTM</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="98"/>
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="100"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="101"/>
        <source>Hoàn tác thay đổi gần nhất (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="104"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="106"/>
        <source>Hướng tới:</source>
        <translation>Working towards:</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="129"/>
        <source>Chuyển sang phiên bản mới…</source>
        <translation>Move to the new version…</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="261"/>
        <source>chọn riêng cho năm này</source>
        <translation>chosen for this year</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="263"/>
        <source>theo giai đoạn</source>
        <translation>by period</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="265"/>
        <source>phiên bản {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="272"/>
        <source>Xã chưa được xếp nhóm: mức cần đạt của bộ này theo nhóm xã (1, 2, 3) nên chưa kiểm tra chỉ tiêu nào. Hãy xếp nhóm cho xã.</source>
        <translation>The commune has no group yet: this set&apos;s targets are per commune group (1, 2, 3), so no indicator is checked. Assign the commune a group.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="278"/>
        <source>{0} — xã nhóm {1}</source>
        <translation>{0} — commune group {1}</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="284"/>
        <source>Mới nhập {0}/{1} chỉ tiêu của văn bản: tiêu chí chưa có chỉ tiêu chưa thể đạt. Nhập bằng sổ Excel bộ tiêu chí (ntm catalog export, rồi ntm catalog import).</source>
        <translation>{0} of the text&apos;s {1} indicators entered: a criterion without indicators cannot be met yet. Enter them with the criteria set workbook (ntm catalog export, then ntm catalog import).</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="292"/>
        <source>⚠ Bộ tiêu chí dựng lại từ các văn bản khác (kế hoạch, báo cáo), không phải từ văn bản ban hành bộ ({0}): tên, cách đánh số và chỉ tiêu phải được đối chiếu với văn bản chính thức.</source>
        <translation>⚠ This criteria set was rebuilt from other texts (plans, reports), not from the text that issued it ({0}): names, numbering and indicators must be checked against the official text.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="300"/>
        <source>⚠ Bộ tiêu chí này chưa được đối chiếu với văn bản gốc ({0}): chỉ tiêu và mức cần đạt có thể chưa chính xác. Hãy kiểm tra trước khi dùng để báo cáo.</source>
        <translation>⚠ This criteria set has not been checked against the original text ({0}): indicators and targets may be inaccurate. Check them before reporting.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="308"/>
        <source>Số tiêu chí đạt: {0}/{1}</source>
        <translation>Criteria met: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="325"/>
        <source>và {0} tiêu chí khác</source>
        <translation>and {0} more criteria</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="326"/>
        <source>Còn thiếu để đạt {0}: {1}.</source>
        <translation>Still missing for {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="328"/>
        <source>Đã đủ tiêu chí {0}.</source>
        <translation>All criteria met for {0}.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="332"/>
        <source>Bước tiếp theo: {0} ({1}).</source>
        <translation>Next step: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="337"/>
        <source>Bước tiếp theo: {0} (chưa có bộ tiêu chí cho năm {1}).</source>
        <translation>Next step: {0} (no criteria set for {1} yet).</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="349"/>
        <source>Đã có phiên bản {0} của bộ tiêu chí (nhập {1}). Năm {2} vẫn hiện và tính điểm theo phiên bản {3} đến khi bạn chuyển.</source>
        <translation>Version {0} of the criteria set is available (imported {1}). {2} is still shown and scored under version {3} until you move it.</translation>
    </message>
    <message>
        <location filename="../pages/checklist_page.py" line="485"/>
        <source>Hãy chọn một chỉ tiêu để xem lịch sử thay đổi.</source>
        <translation>Select an indicator to see its change history.</translation>
    </message>
</context>
<context>
    <name>CommuneGroupPanel</name>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="43"/>
        <source>Nhóm {0}</source>
        <translation>Group {0}</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="48"/>
        <source>Căn cứ, ví dụ 12/QĐ-UBND</source>
        <translation>Legal basis, e.g. 12/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="49"/>
        <source>Ghi nhóm</source>
        <translation>Set group</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="55"/>
        <source>Xếp nhóm từ ngày</source>
        <translation>Group from</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="81"/>
        <source>&lt;b&gt;Nhóm xã:&lt;/b&gt; chưa xếp nhóm (tỉnh xếp nhóm 1, 2 hoặc 3)</source>
        <translation>&lt;b&gt;Commune group:&lt;/b&gt; not set (the province sets group 1, 2 or 3)</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="85"/>
        <source>&lt;b&gt;Nhóm xã: nhóm {0}&lt;/b&gt; từ {1}</source>
        <translation>&lt;b&gt;Commune group: group {0}&lt;/b&gt; from {1}</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="102"/>
        <source>nay</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="103"/>
        <source>nhóm {0} ({1} – {2})</source>
        <translation>group {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="111"/>
        <source>{0} ghi ngày {1}</source>
        <translation>set by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../widgets/commune_group_panel.py" line="113"/>
        <source>Lịch sử nhóm: {0}</source>
        <translation>Group history: {0}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../crash_net.py" line="73"/>
        <source>NTM Desktop — Lỗi không mong muốn</source>
        <translation>NTM Desktop — Unexpected error</translation>
    </message>
    <message>
        <location filename="../crash_net.py" line="76"/>
        <source>NTM Desktop vừa gặp một lỗi chưa lường trước. Những gì đã lưu trước đó không bị ảnh hưởng; việc vừa làm có thể chưa được lưu, hãy kiểm tra lại.

Anh/chị có thể tiếp tục làm việc. Nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho cán bộ hỗ trợ. Chi tiết cũng được ghi vào tệp nhật ký:
{0}</source>
        <translation>NTM Desktop has hit an unexpected error. What was saved before is not affected; your last action may not have been saved, please check it.

You can keep working. If the error happens again, click “Copy details” and send them to your support officer. The details are also written to the log file:
{0}</translation>
    </message>
    <message>
        <location filename="../crash_net.py" line="88"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../crash_net.py" line="90"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../crash_net.py" line="102"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="109"/>
        <source>Nơi lưu dữ liệu</source>
        <translation>Data location</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="112"/>
        <source>Tệp dữ liệu, các tệp minh chứng và bản sao lưu tự động nằm trong thư mục này. Nên để ở thư mục mặc định trên ổ đĩa của máy, không để trên USB.</source>
        <translation>The data file, evidence files and automatic backups live in this folder. Keep the default folder on this computer’s disk, not on a USB stick.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="117"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="124"/>
        <source>Nếu chọn thư mục khác, dữ liệu được chép sang đó; tệp ở thư mục cũ vẫn được giữ nguyên.</source>
        <translation>If you choose another folder, the data is copied there; the files in the old folder are kept as they are.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="138"/>
        <source>Không dùng được thư mục này</source>
        <translation>This folder cannot be used</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="144"/>
        <source>Chọn thư mục lưu dữ liệu</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../pages/dossier_page.py" line="56"/>
        <source>Số tờ trình:</source>
        <translation>Submission no.:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="57"/>
        <source>Ngày tờ trình:</source>
        <translation>Submission date:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="58"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="59"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="60"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="61"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="62"/>
        <source>Kính gửi (mỗi dòng một nơi):</source>
        <translation>To (one recipient per line):</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="63"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Copies to (one per line):</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="64"/>
        <source>Số phiếu phát ra:</source>
        <translation>Forms issued:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="65"/>
        <source>Số phiếu thu về:</source>
        <translation>Forms returned:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="66"/>
        <source>Số phiếu hài lòng:</source>
        <translation>Forms satisfied:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="67"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="68"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="69"/>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="70"/>
        <source>Giờ bắt đầu:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="71"/>
        <source>Giờ kết thúc:</source>
        <translation>Ends at:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="72"/>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="73"/>
        <source>Chủ trì:</source>
        <translation>Chaired by:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="74"/>
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="77"/>
        <source>Thành phần dự họp (mỗi dòng một thành phần, số người):</source>
        <translation>Attendance (one group a line, with how many):</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="81"/>
        <source>Đại diện Ủy ban MTTQ:</source>
        <translation>Fatherland Front representative:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="83"/>
        <source>Số thành viên dự họp:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="84"/>
        <source>Số thành viên nhất trí:</source>
        <translation>Members in favour:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="85"/>
        <source>Nợ đọng XDCB (đồng):</source>
        <translation>Outstanding construction debt (VND):</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="133"/>
        <source>Hồ sơ đề nghị công nhận</source>
        <translation>Recognition dossier</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="145"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="147"/>
        <source>Mức:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="154"/>
        <source>Tờ trình và người ký</source>
        <translation>Submission and signer</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="155"/>
        <source>Niêm yết công khai kết quả tự đánh giá</source>
        <translation>Self-assessment posted for comment</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="156"/>
        <source>Lấy ý kiến sự hài lòng</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="157"/>
        <source>Họp xét đề nghị công nhận</source>
        <translation>Recognition review meeting</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="158"/>
        <source>Nợ đọng xây dựng cơ bản</source>
        <translation>Outstanding construction debt</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="181"/>
        <source>Tỷ lệ hài lòng:</source>
        <translation>Satisfaction rate:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="183"/>
        <source>Kết quả biểu quyết:</source>
        <translation>Vote result:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="195"/>
        <source>Đang tạo bản xem trước…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="199"/>
        <source>In bản &quot;DỰ THẢO&quot;</source>
        <translation>Print as &quot;DRAFT&quot;</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="200"/>
        <source>Xuất hồ sơ PDF…</source>
        <translation>Export dossier PDF…</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="208"/>
        <source>Điều kiện đề nghị công nhận:</source>
        <translation>Conditions for proposing recognition:</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="230"/>
        <source>Ý kiến nhận được khi niêm yết công khai</source>
        <translation>Comments received during public posting</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="234"/>
        <source>Nơi góp ý</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="234"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="234"/>
        <source>Tiếp thu, giải trình</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="240"/>
        <source>Tổ chức, cá nhân góp ý</source>
        <translation>Organisation or person commenting</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="242"/>
        <source>Nội dung ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="244"/>
        <source>Việc tiếp thu, giải trình</source>
        <translation>How it was addressed</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="245"/>
        <source>Thêm ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="278"/>
        <source>Hồ sơ đề nghị công nhận — {0}</source>
        <translation>Recognition dossier — {0}</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="332"/>
        <source>Đủ điều kiện đề nghị công nhận.</source>
        <translation>Ready to propose for recognition.</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="334"/>
        <source>Chưa đủ điều kiện: chỉ in được bản dự thảo.</source>
        <translation>Not ready yet: only a draft can be printed.</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="382"/>
        <source>Xuất hồ sơ PDF</source>
        <translation>Export dossier PDF</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="382"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/dossier_page.py" line="403"/>
        <source>Đã ghi {0} ({1} KB).</source>
        <translation>Saved {0} ({1} KB).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../widgets/evidence_panel.py" line="79"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="79"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="79"/>
        <source>Ngày thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="81"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="97"/>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="99"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="101"/>
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="107"/>
        <source>Kéo thả tệp vào đây để đính kèm.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="132"/>
        <source>Minh chứng của chỉ tiêu {0}</source>
        <translation>Evidence for indicator {0}</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="129"/>
        <source>Minh chứng (chọn một chỉ tiêu)</source>
        <translation>Evidence (select an indicator)</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="153"/>
        <source>Minh chứng (chọn một hạng mục trong bảng)</source>
        <translation>Evidence (select an item in the table)</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="157"/>
        <source>Minh chứng của hạng mục {0}: {1}</source>
        <translation>Evidence for item {0}: {1}</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="204"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="207"/>
        <source>Tệp minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
        <translation>Evidence files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="274"/>
        <source>Không chép được {0} ra thư mục {1} để mở: {2}. Hãy kiểm tra chỗ trống trên ổ đĩa rồi mở lại.</source>
        <translation>Could not copy {0} to the folder {1} to open it: {2}. Check the free space on the disk, then open it again.</translation>
    </message>
    <message>
        <location filename="../widgets/evidence_panel.py" line="281"/>
        <source>Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.</source>
        <translation>No program can open {0}. The file was copied to {1}.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="228"/>
        <source>NTM Desktop — Bắt đầu sử dụng</source>
        <translation>NTM Desktop — Getting started</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="230"/>
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="231"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="232"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="233"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="236"/>
        <source>Mở dữ liệu mẫu</source>
        <translation>Open sample data</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="239"/>
        <source>Xem phần mềm với dữ liệu mẫu của tỉnh Bắc Giang năm 2019-2020, trong một tệp riêng; tệp dữ liệu của anh/chị không bị động đến.</source>
        <translation>Try the software on sample data of Bắc Giang province for 2019-2020, in a separate file; your own data file is not touched.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../pages/funding_page.py" line="34"/>
        <source>Nguồn vốn xây dựng nông thôn mới</source>
        <translation>New Rural Development (NTM) funding</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="44"/>
        <source>Giải ngân đến</source>
        <translation>Disbursed up to</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="54"/>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="66"/>
        <location filename="../pages/funding_page.py" line="69"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="71"/>
        <source>Lưu số liệu</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="86"/>
        <source>chỉ cần khi giải ngân vượt vốn giao</source>
        <translation>needed only when disbursement exceeds the allocation</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="90"/>
        <source>Ghi giải ngân</source>
        <translation>Record disbursement</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="94"/>
        <source>Được giao (triệu đồng)</source>
        <translation>Allocated (million VND)</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="95"/>
        <source>Đã giải ngân (triệu đồng)</source>
        <translation>Disbursed (million VND)</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="96"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="115"/>
        <source>Số liệu của riêng {0} năm {1}</source>
        <translation>Figures of {0} itself, {1}</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="133"/>
        <source>Giải ngân của riêng {0} đến {1}</source>
        <translation>Disbursement of {0} itself up to {1}</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="158"/>
        <source>Đã ghi giải ngân.</source>
        <translation>Disbursement recorded.</translation>
    </message>
    <message>
        <location filename="../pages/funding_page.py" line="169"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../actions/help_menu.py" line="27"/>
        <source>phông chữ in PDF (resources/fonts)</source>
        <translation>PDF font (resources/fonts)</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="30"/>
        <source>giao diện</source>
        <translation>user interface</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="31"/>
        <source>tạo văn bản PDF</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="32"/>
        <source>đọc, ghi Excel</source>
        <translation>reading and writing Excel</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="33"/>
        <source>đọc, ghi Excel nhanh</source>
        <translation>fast Excel reading and writing</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="34"/>
        <source>ghép, đọc PDF</source>
        <translation>merging and reading PDF</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="37"/>
        <source>xem trước PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="42"/>
        <source>ký và kiểm tra gói dữ liệu</source>
        <translation>signing and checking data bundles</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="45"/>
        <source>kiểm tra dữ liệu đi kèm</source>
        <translation>checking the shipped data</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="46"/>
        <source>thư mục dữ liệu của người dùng</source>
        <translation>the user&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="47"/>
        <source>tệp dữ liệu</source>
        <translation>data file</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="48"/>
        <source>ngôn ngữ chạy phần mềm</source>
        <translation>runtime language</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="59"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="62"/>
        <source>Hướng dẫn cho văn phòng &amp;xã</source>
        <translation>Guide for the &amp;commune office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="63"/>
        <source>Hướng dẫn cho văn phòng &amp;huyện</source>
        <translation>Guide for the &amp;district office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="64"/>
        <source>Hướng dẫn cho văn phòng &amp;tỉnh</source>
        <translation>Guide for the &amp;province office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="70"/>
        <source>Hướng dẫn cho văn phòng của máy này</source>
        <translation>Guide for this computer&apos;s office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="75"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="78"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="93"/>
        <source>Hướng dẫn cho văn phòng xã</source>
        <translation>Guide for the commune office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="94"/>
        <source>Hướng dẫn cho văn phòng huyện</source>
        <translation>Guide for the district office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="95"/>
        <source>Hướng dẫn cho văn phòng tỉnh</source>
        <translation>Guide for the province office</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="101"/>
        <source>&lt;p&gt;Cây đơn vị ở bên trái: gõ tên vào ô tìm kiếm (Ctrl+F), không dấu cũng được. Mọi thay đổi được lưu ngay và ghi nhật ký (ai sửa, khi nào). Cuối mỗi tuần: &lt;b&gt;Sao lưu › Sao lưu ra USB ngay…&lt;/b&gt;, chỉ rút USB khi có thông báo &quot;Có thể rút USB an toàn&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The unit tree is on the left: type a name in the search box (Ctrl+F), with or without diacritics. Every change is saved at once and logged (who changed it, when). At the end of each week: &lt;b&gt;Backup › Back up to USB now…&lt;/b&gt;, and remove the USB stick only when told &quot;Có thể rút USB an toàn&quot; (safe to remove).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="108"/>
        <source>&lt;ol&gt;&lt;li&gt;Chọn xã của mình trên cây, thẻ &lt;b&gt;Bảng tiêu chí&lt;/b&gt;, chọn năm.&lt;/li&gt;&lt;li&gt;Với mỗi chỉ tiêu: nhập giá trị đạt được, chọn Đạt / Chưa đạt, ghi chú và cơ quan phụ trách. Dấu ⚠ là khi giá trị khác với đánh giá.&lt;/li&gt;&lt;li&gt;Thêm tệp minh chứng: chọn dòng rồi bấm &quot;Thêm tệp…&quot;, hoặc kéo thả tệp vào dòng đó.&lt;/li&gt;&lt;li&gt;Sửa nhầm: Ctrl+Z; xem các lần sửa: &quot;Lịch sử…&quot;.&lt;/li&gt;&lt;li&gt;Thôn kiểu mẫu: chọn thôn, thẻ &lt;b&gt;Phương án thôn kiểu mẫu&lt;/b&gt;: đăng ký, thêm hạng mục và kinh phí, ảnh trước/sau, xuất Phương án (PDF) và dự toán (Excel).&lt;/li&gt;&lt;li&gt;Thẻ &lt;b&gt;Hồ sơ công nhận&lt;/b&gt;: điền thông tin, xem điều kiện còn thiếu, xuất PDF.&lt;/li&gt;&lt;li&gt;Gửi số liệu lên huyện: &lt;b&gt;Tệp › Trao đổi dữ liệu…&lt;/b&gt; (cần chứng thư văn phòng do tỉnh cấp).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Choose your commune in the tree, the &lt;b&gt;Checklist&lt;/b&gt; tab, and the year.&lt;/li&gt;&lt;li&gt;For each indicator: enter the value achieved, choose Met / Not met, a note and the agency in charge. ⚠ marks a value that disagrees with the assessment.&lt;/li&gt;&lt;li&gt;Add evidence files: select the row and press &quot;Add file…&quot;, or drop files on that row.&lt;/li&gt;&lt;li&gt;A mistake: Ctrl+Z; to see the edits: &quot;History…&quot;.&lt;/li&gt;&lt;li&gt;Model villages: choose the village, the &lt;b&gt;Model village plan&lt;/b&gt; tab: register, add works and their funding, before/after photos, export the plan (PDF) and the budget (Excel).&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Recognition dossier&lt;/b&gt; tab: fill in the details, see what is still missing, export the PDF.&lt;/li&gt;&lt;li&gt;Send your data to the district: &lt;b&gt;File › Data exchange…&lt;/b&gt; (needs the office certificate issued by the province).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="124"/>
        <source>&lt;ol&gt;&lt;li&gt;Chọn huyện trên cây, thẻ &lt;b&gt;Báo cáo tổng hợp&lt;/b&gt;: kết quả các xã theo tiêu chí, so với chỉ tiêu kế hoạch, biểu đồ; xuất Excel.&lt;/li&gt;&lt;li&gt;Nhập bảng tiêu chí của các xã từ Excel ngay trên thẻ đó (mỗi xã một dòng); tệp có ô sai thì không nhập gì và nêu từng ô.&lt;/li&gt;&lt;li&gt;Chọn từng xã để xem bảng tiêu chí; ghi kết quả thẩm tra bằng nút &quot;Ghi kết quả…&quot; ở dòng Thẩm tra / thẩm định.&lt;/li&gt;&lt;li&gt;Thẻ &lt;b&gt;Công nhận&lt;/b&gt;: quyết định công nhận đạt chuẩn, nâng cao, kiểu mẫu.&lt;/li&gt;&lt;li&gt;Thẻ &lt;b&gt;Nhiệm vụ&lt;/b&gt;, &lt;b&gt;Nguồn vốn&lt;/b&gt;: việc quá hạn, sắp đến hạn, vốn theo nguồn.&lt;/li&gt;&lt;li&gt;Nhận gói dữ liệu của xã và gửi lên tỉnh: &lt;b&gt;Tệp › Trao đổi dữ liệu…&lt;/b&gt; (kéo thả tệp .vnsb vào cửa sổ).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Choose the district in the tree, the &lt;b&gt;Summary reports&lt;/b&gt; tab: the communes&apos; results by criterion, against the plan&apos;s targets, with a chart; export to Excel.&lt;/li&gt;&lt;li&gt;Import the communes&apos; criteria sheet from Excel on that tab (one commune per row); a file with a bad cell imports nothing and names every bad cell.&lt;/li&gt;&lt;li&gt;Choose each commune to see its checklist; record the district&apos;s verification with &quot;Record result…&quot; on the Verification / appraisal line.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Recognition&lt;/b&gt; tab: decisions recognising standard, advanced and model status.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Tasks&lt;/b&gt; and &lt;b&gt;Funding&lt;/b&gt; tabs: overdue and nearly due tasks, funds by source.&lt;/li&gt;&lt;li&gt;Receive the communes&apos; data bundles and send yours to the province: &lt;b&gt;File › Data exchange…&lt;/b&gt; (drop .vnsb files on the window).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="139"/>
        <source>&lt;ol&gt;&lt;li&gt;Chọn tỉnh trên cây, thẻ &lt;b&gt;Chỉ tiêu kế hoạch&lt;/b&gt;: Biểu 01 theo năm, nhập tay hoặc từ bảng tính.&lt;/li&gt;&lt;li&gt;Thẻ &lt;b&gt;Báo cáo tổng hợp&lt;/b&gt;: theo huyện và theo tiêu chí, &quot;% kế hoạch&quot;, biểu đồ; xuất Excel.&lt;/li&gt;&lt;li&gt;Thẻ &lt;b&gt;Nguồn vốn&lt;/b&gt;, &lt;b&gt;Nhiệm vụ&lt;/b&gt;, &lt;b&gt;OCOP&lt;/b&gt;: bảng tổng hợp có dòng tổng, xuất Excel; nhập bảng tính bằng dòng lệnh &lt;tt&gt;ntm import&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Thẩm định kết quả của xã: chọn xã, &quot;Ghi kết quả…&quot; ở dòng Thẩm tra / thẩm định.&lt;/li&gt;&lt;li&gt;Cấp chứng thư cho các văn phòng (&lt;tt&gt;ntm keys issue&lt;/tt&gt;) và gửi gói đầy đủ cho máy mới: &lt;b&gt;Tệp › Trao đổi dữ liệu…&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Choose the province in the tree, the &lt;b&gt;Plan targets&lt;/b&gt; tab: Biểu 01 by year, typed in or imported from a spreadsheet.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Summary reports&lt;/b&gt; tab: by district and by criterion, &quot;% of plan&quot;, charts; export to Excel.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Funding&lt;/b&gt;, &lt;b&gt;Tasks&lt;/b&gt; and &lt;b&gt;OCOP&lt;/b&gt; tabs: summary tables with totals, export to Excel; import spreadsheets with the &lt;tt&gt;ntm import&lt;/tt&gt; command.&lt;/li&gt;&lt;li&gt;Appraise a commune&apos;s results: choose the commune, &quot;Record result…&quot; on the Verification / appraisal line.&lt;/li&gt;&lt;li&gt;Issue the offices&apos; certificates (&lt;tt&gt;ntm keys issue&lt;/tt&gt;) and send a full bundle to a new computer: &lt;b&gt;File › Data exchange…&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="154"/>
        <source>&lt;p&gt;Muốn xem thử trước với số liệu mẫu (tệp riêng, không động đến dữ liệu của anh/chị): chạy &lt;nobr&gt;&lt;tt&gt;ntm-desktop --demo&lt;/tt&gt;&lt;/nobr&gt;, hoặc bấm &quot;Mở dữ liệu mẫu&quot; ở lần chạy đầu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;To try the software on sample data first (a separate file; your own data is not touched): run &lt;nobr&gt;&lt;tt&gt;ntm-desktop --demo&lt;/tt&gt;&lt;/nobr&gt;, or press &quot;Open sample data&quot; on first start.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="173"/>
        <source>Sửa ô đang chọn trong bảng (hoặc gõ luôn giá trị)</source>
        <translation>Edit the selected cell (or just type the value)</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="174"/>
        <source>Sang ô sau, ô trước</source>
        <translation>Next cell, previous cell</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="175"/>
        <source>Bỏ sửa ô đang sửa</source>
        <translation>Cancel editing the cell</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="177"/>
        <source>Kéo thả tệp</source>
        <translation>Drag and drop files</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="178"/>
        <source>Thêm minh chứng vào dòng chỉ tiêu; nhập gói dữ liệu</source>
        <translation>Add evidence to an indicator&apos;s row; import data bundles</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="193"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="198"/>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="198"/>
        <source>Dùng để</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="198"/>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="207"/>
        <source>&lt;h3&gt;NTM Desktop {0}&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý Chương trình xây dựng nông thôn mới, chạy không cần mạng. Qt {1}.&lt;/p&gt;&lt;p&gt;Phần mềm dùng các thành phần sau, theo giấy phép của từng thành phần (toàn văn giấy phép phông chữ ở resources/fonts/LICENSE-LiberationSerif.txt):&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NTM Desktop {0}&lt;/h3&gt;&lt;p&gt;Software for running the New Rural Development programme, working without a network. Qt {1}.&lt;/p&gt;&lt;p&gt;It uses the following components, each under its own licence (the font licence in full is in resources/fonts/LICENSE-LiberationSerif.txt):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="216"/>
        <source>Giới thiệu NTM Desktop</source>
        <translation>About NTM Desktop</translation>
    </message>
    <message>
        <location filename="../actions/help_menu.py" line="225"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../dialogs/history_dialog.py" line="34"/>
        <source>Lịch sử thay đổi — chỉ tiêu {0}</source>
        <translation>Change history — indicator {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="38"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="39"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="40"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="41"/>
        <source>Cơ quan phụ trách</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="44"/>
        <source>Đánh giá cả tiêu chí</source>
        <translation>Whole-criterion assessment</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="45"/>
        <source>Ghi chú đánh giá cả tiêu chí</source>
        <translation>Whole-criterion assessment note</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="48"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="49"/>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="50"/>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="60"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="61"/>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="62"/>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="63"/>
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="64"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="74"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="84"/>
        <source>(chưa đặt tên)</source>
        <translation>(no name set)</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="94"/>
        <source>Chỉ tiêu này chưa có thay đổi nào trong năm {0}.</source>
        <translation>This indicator has no changes in {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/history_dialog.py" line="99"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>sáp nhập</source>
        <translation>merger</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>chia tách</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>đổi tên</source>
        <translation>renaming</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>điều chỉnh</source>
        <translation>boundary change</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Đã xây dựng phương án</source>
        <translation>Plan drafted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Phương án đã được phê duyệt</source>
        <translation>Plan approved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Đã đề nghị công nhận</source>
        <translation>Proposed for recognition</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Đã được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Không được công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>đăng ký thôn kiểu mẫu</source>
        <translation>registered as model village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>PA dự thảo</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>PA đã duyệt</source>
        <translation>plan approved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>đang thực hiện PA</source>
        <translation>plan in progress</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>đề nghị công nhận</source>
        <translation>proposed for recognition</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>thôn kiểu mẫu</source>
        <translation>model village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>chưa được công nhận</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>đạt chuẩn</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>nâng cao</source>
        <translation>advanced</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>kiểu mẫu</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Trước khi làm</source>
        <translation>Before the work</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Sau khi làm</source>
        <translation>After the work</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Tài liệu khác</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Ngân sách Trung ương</source>
        <translation>Central budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Ngân sách tỉnh</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Ngân sách huyện</source>
        <translation>District budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Vốn lồng ghép</source>
        <translation>Integrated programmes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Doanh nghiệp, HTX</source>
        <translation>Enterprises, cooperatives</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>Người dân, cộng đồng (tiền mặt)</source>
        <translation>Residents, community (cash)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Hiến đất</source>
        <translation>Land donated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <location filename="../labels.py" line="127"/>
        <source>Ngày công lao động</source>
        <translation>Labour days</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92"/>
        <source>ngày công</source>
        <translation>workdays</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>Phá dỡ tường rào</source>
        <translation>Walls and fences removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Vốn đầu tư</source>
        <translation>Investment capital</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Vốn sự nghiệp</source>
        <translation>Recurrent funds</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Chưa đạt chuẩn</source>
        <translation>Not yet NTM</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>NTM {0}</source>
        <translation>NTM {0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116"/>
        <source>Ngân sách nhà nước hỗ trợ</source>
        <translation>State budget support</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Ngân sách xã, huyện</source>
        <translation>Commune and district budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Doanh nghiệp, nhà hảo tâm</source>
        <translation>Enterprises, donors</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Nhân dân đóng góp (tiền)</source>
        <translation>Residents&apos; contribution (cash)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Hiến đất (m²)</source>
        <translation>Land donated (m²)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Tường rào phá dỡ (m²)</source>
        <translation>Walls removed (m²)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Chưa gắn tiêu chí</source>
        <translation>No criterion linked</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140"/>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before a data import</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../labels.py" line="144"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Sao lưu ra USB</source>
        <translation>Backup to USB</translation>
    </message>
    <message>
        <location filename="../labels.py" line="157"/>
        <source>thôn</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../labels.py" line="158"/>
        <source>xã</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="161"/>
        <source>Xã đạt chuẩn NTM</source>
        <translation>NTM-standard communes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="162"/>
        <source>Xã đạt chuẩn NTM nâng cao</source>
        <translation>Advanced NTM communes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="163"/>
        <source>Xã đạt chuẩn NTM kiểu mẫu</source>
        <translation>Model NTM communes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="164"/>
        <source>Thôn đạt chuẩn NTM</source>
        <translation>NTM-standard villages</translation>
    </message>
    <message>
        <location filename="../labels.py" line="165"/>
        <source>Thôn NTM kiểu mẫu</source>
        <translation>Model NTM villages</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>Bình quân số tiêu chí đạt/xã</source>
        <translation>Average criteria met per commune</translation>
    </message>
    <message>
        <location filename="../labels.py" line="168"/>
        <source>tiêu chí/xã</source>
        <translation>criteria/commune</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170"/>
        <source>Số xã đạt dưới 10 tiêu chí</source>
        <translation>Communes below 10 criteria</translation>
    </message>
    <message>
        <location filename="../labels.py" line="177"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>Bảng tiêu chí</source>
        <translation>Criteria checklist</translation>
    </message>
    <message>
        <location filename="../labels.py" line="179"/>
        <source>Đánh giá cả tiêu chí</source>
        <translation>Whole-criterion assessment</translation>
    </message>
    <message>
        <location filename="../labels.py" line="180"/>
        <source>Bộ tiêu chí áp dụng</source>
        <translation>Criteria set applied</translation>
    </message>
    <message>
        <location filename="../labels.py" line="181"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../labels.py" line="182"/>
        <source>Công nhận</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <location filename="../labels.py" line="183"/>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Planning targets</translation>
    </message>
    <message>
        <location filename="../labels.py" line="184"/>
        <source>Hồ sơ công nhận</source>
        <translation>Recognition dossier</translation>
    </message>
    <message>
        <location filename="../labels.py" line="185"/>
        <source>Ý kiến góp ý</source>
        <translation>Comments received</translation>
    </message>
    <message>
        <location filename="../labels.py" line="186"/>
        <source>Phương án thôn kiểu mẫu</source>
        <translation>Model-village plan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="187"/>
        <source>Hạng mục phương án</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location filename="../labels.py" line="188"/>
        <source>Nguồn vốn</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../labels.py" line="189"/>
        <source>Giải ngân</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="190"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Sản phẩm OCOP</source>
        <translation>OCOP product</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../labels.py" line="199"/>
        <source>Giá trị đạt được</source>
        <translation>Value achieved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="200"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../labels.py" line="201"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../labels.py" line="202"/>
        <source>Cơ quan phụ trách</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../labels.py" line="204"/>
        <source>% hoàn thành</source>
        <translation>% done</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>Nội dung công việc</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../labels.py" line="206"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../labels.py" line="207"/>
        <source>Đã gỡ bỏ</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="208"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>NTM Desktop — Quản lý xây dựng nông thôn mới</source>
        <translation>NTM Desktop — New Rural Development management</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>NTM Desktop — DỮ LIỆU MẪU (không phải số liệu thật)</source>
        <translation>NTM Desktop — SAMPLE DATA (not real figures)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (accents optional)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>Trao đổi &amp;dữ liệu…</source>
        <translation>&amp;Data exchange…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Tìm đơn vị</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Tìm thấy {0} đơn vị</source>
        <translation>{0} units found</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Tệp dữ liệu: {0} · bộ đơn vị {1} · phiên bản {2}</source>
        <translation>Data file: {0} · unit set {1} · version {2}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279"/>
        <source>văn phòng {0}</source>
        <translation>office {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>chưa cài chứng thư văn phòng: dùng được, nhưng chưa gửi được gói dữ liệu</source>
        <translation>no office certificate installed: the app works, but cannot send data bundles yet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Tệp dữ liệu bị hỏng, chỉ xem được: hãy khôi phục (Sao lưu › Khôi phục từ bản sao lưu…)</source>
        <translation>The data file is damaged and can only be viewed: restore it (Backup › Restore from a backup…)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Chưa kiểm tra được toàn vẹn dữ liệu: {0}</source>
        <translation>The data integrity could not be checked: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Kiểm tra toàn vẹn dữ liệu: tốt</source>
        <translation>Data integrity check: good</translation>
    </message>
</context>
<context>
    <name>OcopPage</name>
    <message>
        <location filename="../pages/ocop_page.py" line="13"/>
        <source>Sản phẩm OCOP</source>
        <translation>OCOP products</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="39"/>
        <source>Máy này thuộc đơn vị nào?</source>
        <translation>Which unit does this computer serve?</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="42"/>
        <source>Chọn xã, huyện hoặc tỉnh mà văn phòng của anh/chị phụ trách. Gõ tên, không dấu cũng được (ví dụ: viet lap).</source>
        <translation>Choose the commune, district or province your office is in charge of. Type the name, diacritics optional (e.g. viet lap).</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="47"/>
        <source>Tìm đơn vị…</source>
        <translation>Find a unit…</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="76"/>
        <source>Đã chọn: {0}</source>
        <translation>Chosen: {0}</translation>
    </message>
</context>
<context>
    <name>PlanExportBar</name>
    <message>
        <location filename="../actions/plan_export.py" line="28"/>
        <source>Xuất phương án PDF…</source>
        <translation>Export plan PDF…</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="30"/>
        <source>Xuất dự toán Excel…</source>
        <translation>Export budget Excel…</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="58"/>
        <source>Xuất phương án PDF</source>
        <translation>Export plan PDF</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="58"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="60"/>
        <source>Xuất dự toán Excel</source>
        <translation>Export budget Excel</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="60"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="84"/>
        <source> — DỰ THẢO (chưa phê duyệt)</source>
        <translation> — DRAFT (not approved)</translation>
    </message>
    <message>
        <location filename="../actions/plan_export.py" line="86"/>
        <source>Đã ghi {0} ({1} KB){2}.</source>
        <translation>Saved {0} ({1} KB){2}.</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../models/village_plan_model.py" line="63"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="64"/>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="65"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="66"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="67"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="68"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="69"/>
        <source>Khối lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="70"/>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="71"/>
        <source>% hoàn thành</source>
        <translation>% done</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="72"/>
        <source>NSNN hỗ trợ</source>
        <translation>State support</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="73"/>
        <source>NS xã, huyện</source>
        <translation>Commune/district budget</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="74"/>
        <source>DN, nhà hảo tâm</source>
        <translation>Enterprises, donors</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="75"/>
        <source>Nhân dân (tiền)</source>
        <translation>Residents (cash)</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="76"/>
        <source>Tổng tiền</source>
        <translation>Total cash</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="77"/>
        <source>Hiến đất (m²)</source>
        <translation>Land donated (m²)</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="78"/>
        <source>Ngày công</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="79"/>
        <source>Phá dỡ tường (m²)</source>
        <translation>Walls removed (m²)</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="147"/>
        <source>Quá hạn: hết hạn {0}, mới đạt {1}%</source>
        <translation>Overdue: due {0}, only {1}% done</translation>
    </message>
    <message>
        <location filename="../models/village_plan_model.py" line="165"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ProvinceReportPage</name>
    <message>
        <location filename="../pages/province_report_page.py" line="42"/>
        <source>Kết quả xây dựng nông thôn mới</source>
        <translation>New Rural Development results</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="50"/>
        <source>Không so sánh</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="51"/>
        <source>So với năm </source>
        <translation>Compared with </translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="59"/>
        <source>Biểu đồ:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="61"/>
        <source>Nhập bảng tiêu chí các xã…</source>
        <translation>Import communes’ criteria sheet…</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="63"/>
        <source>Bảng Excel mỗi xã một dòng, mỗi tiêu chí một cột (x = đạt) của năm đang xem</source>
        <translation>Excel sheet with one row per commune and one column per criterion (x = met), for the year shown</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="115"/>
        <source>Nhập bảng tiêu chí</source>
        <translation>Import criteria sheet</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="115"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="124"/>
        <source>Đã nhập {0} xã: {1} kết quả tiêu chí, {2} quyết định công nhận.</source>
        <translation>Imported {0} communes: {1} criterion results, {2} recognition decisions.</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="135"/>
        <source>Đang nhập {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="151"/>
        <source>Tỷ lệ xã đạt từng tiêu chí (%)</source>
        <translation>Share of communes meeting each criterion (%)</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="156"/>
        <source>năm {0}</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <location filename="../pages/province_report_page.py" line="173"/>
        <source>kế hoạch</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>RecognitionsModel</name>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="41"/>
        <source>Hạng</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="42"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="43"/>
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="44"/>
        <source>Ngày thu hồi</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="45"/>
        <source>Lý do thu hồi</source>
        <translation>Withdrawal reason</translation>
    </message>
</context>
<context>
    <name>RecognitionsPanel</name>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="109"/>
        <source>ví dụ 1234/QĐ-UBND</source>
        <translation>e.g. 1234/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="111"/>
        <source>Ghi quyết định công nhận</source>
        <translation>Record recognition decision</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="113"/>
        <source>Thêm quyết định công nhận</source>
        <translation>Add a recognition decision</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="115"/>
        <source>Hạng</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="116"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="117"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="121"/>
        <source>ví dụ Không duy trì tiêu chí Môi trường</source>
        <translation>e.g. Environment criterion not maintained</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="122"/>
        <source>Thu hồi quyết định đã chọn</source>
        <translation>Withdraw the selected decision</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="124"/>
        <source>Thu hồi</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="126"/>
        <source>Ngày thu hồi</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="127"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../widgets/recognitions_panel.py" line="160"/>
        <source>Hãy chọn quyết định cần thu hồi trong bảng.</source>
        <translation>Select the decision to withdraw in the table.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../pages/report_page.py" line="53"/>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="55"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="89"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="118"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="120"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="132"/>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="136"/>
        <source>Đã ghi {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../report_texts.py" line="14"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="15"/>
        <source>Cơ cấu nguồn vốn</source>
        <translation>Funding structure</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="16"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="17"/>
        <source>Theo loại chủ thể</source>
        <translation>By producer type</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="18"/>
        <source>Danh sách sản phẩm</source>
        <translation>Product list</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="19"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="20"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="21"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="22"/>
        <source>Ngân sách Trung ương</source>
        <translation>Central budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="23"/>
        <source>Ngân sách tỉnh</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="24"/>
        <source>Ngân sách huyện</source>
        <translation>District budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="25"/>
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="26"/>
        <source>Vốn lồng ghép</source>
        <translation>Integrated programmes</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="27"/>
        <source>Doanh nghiệp, HTX</source>
        <translation>Enterprises, cooperatives</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="28"/>
        <source>Người dân, cộng đồng (tiền mặt)</source>
        <translation>Residents, community (cash)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="29"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="30"/>
        <source>Hiến đất</source>
        <translation>Land donated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="31"/>
        <source>Ngày công</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="32"/>
        <source>Phá dỡ tường rào</source>
        <translation>Walls and fences removed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="33"/>
        <source>Vốn đầu tư: được giao</source>
        <translation>Investment: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="34"/>
        <source>Vốn đầu tư: đã giải ngân</source>
        <translation>Investment: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="35"/>
        <source>Vốn đầu tư: tỷ lệ</source>
        <translation>Investment: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="36"/>
        <source>Vốn sự nghiệp: được giao</source>
        <translation>Recurrent: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="37"/>
        <source>Vốn sự nghiệp: đã giải ngân</source>
        <translation>Recurrent: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="38"/>
        <source>Vốn sự nghiệp: tỷ lệ</source>
        <translation>Recurrent: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="39"/>
        <source>Tổng: được giao</source>
        <translation>Total: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="40"/>
        <source>Tổng: đã giải ngân</source>
        <translation>Total: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="41"/>
        <source>Tổng: tỷ lệ</source>
        <translation>Total: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="42"/>
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="43"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="44"/>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="45"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="46"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="47"/>
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="48"/>
        <source>Như kế hoạch ghi</source>
        <translation>As in the plan</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="49"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="50"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="51"/>
        <source>Số ngày quá hạn</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="52"/>
        <source>Báo cáo hoàn thành</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="53"/>
        <source>3 sao</source>
        <translation>3 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="54"/>
        <source>4 sao</source>
        <translation>4 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="55"/>
        <source>5 sao</source>
        <translation>5 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="56"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="57"/>
        <source>Loại chủ thể</source>
        <translation>Producer type</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="58"/>
        <source>Số chủ thể</source>
        <translation>Producers</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="59"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="60"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="61"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="62"/>
        <source>Hạng sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="63"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="64"/>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="65"/>
        <source>ngày công</source>
        <translation>workdays</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="66"/>
        <source>sản phẩm</source>
        <translation>products</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="67"/>
        <source>chủ thể</source>
        <translation>producers</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="68"/>
        <source>Nguồn vốn huy động</source>
        <translation>Funds mobilised</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="69"/>
        <source>Đóng góp của người dân (ngoài tiền mặt)</source>
        <translation>Residents&apos; contributions (non-cash)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="70"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="71"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="72"/>
        <source>Số sản phẩm theo hạng sao</source>
        <translation>Products by star rating</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="73"/>
        <source>Ngân sách địa phương (tỉnh, huyện, xã)</source>
        <translation>Local budget (province, district, commune)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="74"/>
        <source>Vốn lồng ghép từ các Chương trình, dự án khác</source>
        <translation>Funds integrated from other programmes and projects</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="75"/>
        <source>Người dân và cộng đồng</source>
        <translation>Residents and community</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="76"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="77"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="78"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="79"/>
        <source>Hủy bỏ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="80"/>
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="81"/>
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="82"/>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="83"/>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="84"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="85"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="86"/>
        <source>Số xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="87"/>
        <source>Thực hiện</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="88"/>
        <source>Kế hoạch</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="89"/>
        <source>% kế hoạch</source>
        <translation>% of target</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="90"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="91"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="92"/>
        <source>Số xã đạt</source>
        <translation>Communes meeting</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="93"/>
        <source>Tăng (+), giảm (-)</source>
        <translation>Increase (+), decrease (-)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="94"/>
        <source>xã</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="95"/>
        <source>thôn</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="96"/>
        <source>tiêu chí</source>
        <translation>criteria</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="97"/>
        <source>Bình quân tiêu chí đạt/xã</source>
        <translation>Average criteria met per commune</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="98"/>
        <source>Số xã đạt dưới 10 tiêu chí</source>
        <translation>Communes below 10 criteria</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="99"/>
        <source>Xã đạt chuẩn NTM (kể cả nâng cao, kiểu mẫu)</source>
        <translation>NTM-standard communes (incl. advanced, model)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="100"/>
        <source>Xã NTM nâng cao (kể cả kiểu mẫu)</source>
        <translation>Advanced NTM communes (incl. model)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="101"/>
        <source>Xã NTM kiểu mẫu</source>
        <translation>Model NTM communes</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="102"/>
        <source>Thôn đạt chuẩn NTM (không kể thôn kiểu mẫu)</source>
        <translation>NTM-standard villages (excl. model villages)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="103"/>
        <source>Thôn NTM kiểu mẫu</source>
        <translation>Model NTM villages</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="111"/>
        <source>Theo huyện {0}</source>
        <translation>By district {0}</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="112"/>
        <source>Theo tiêu chí {0}</source>
        <translation>By criterion {0}</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="122"/>
        <source>Giải ngân đến {0}</source>
        <translation>Disbursed up to {0}</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="126"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="133"/>
        <source>Năm {0} ({1} xã)</source>
        <translation>Year {0} ({1} communes)</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <location filename="../actions/backup_actions.py" line="99"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="102"/>
        <source>Dữ liệu hiện tại sẽ được thay bằng bản sao lưu dưới đây. Trước khi thay, dữ liệu hiện tại được sao lưu tự động, nên việc khôi phục có thể hoàn tác.</source>
        <translation>The current data will be replaced by the backup below. The current data is backed up automatically first, so the restore can be undone.</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="108"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="113"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../actions/backup_actions.py" line="115"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../widgets/review_strip.py" line="136"/>
        <source>Ghi kết quả thẩm tra / thẩm định năm {0}</source>
        <translation>Record check / appraisal result for {0}</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="138"/>
        <source>Huyện thẩm tra</source>
        <translation>District check</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="138"/>
        <source>Tỉnh thẩm định</source>
        <translation>Province appraisal</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="143"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="144"/>
        <source>Cần bổ sung</source>
        <translation>Needs additions</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="145"/>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="150"/>
        <source>Chưa thẩm tra</source>
        <translation>Not yet reviewed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="151"/>
        <source>Chưa thẩm định</source>
        <translation>Not yet appraised</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="154"/>
        <source>Nội dung cần bổ sung, lý do không đạt…</source>
        <translation>What must be added, why it failed…</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="157"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="173"/>
        <source>Người thực hiện:</source>
        <translation>Done by:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="170"/>
        <source>Bước:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="171"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="172"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="174"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="178"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="179"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewStrip</name>
    <message>
        <location filename="../widgets/review_strip.py" line="47"/>
        <source>Huyện thẩm tra</source>
        <translation>District check</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="48"/>
        <source>Tỉnh thẩm định</source>
        <translation>Province appraisal</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="51"/>
        <source>chưa thẩm tra</source>
        <translation>not yet reviewed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="52"/>
        <source>chưa thẩm định</source>
        <translation>not yet appraised</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="55"/>
        <source>đạt</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="56"/>
        <source>cần bổ sung</source>
        <translation>needs additions</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="57"/>
        <source>không đạt</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="59"/>
        <source>Thẩm tra / thẩm định:</source>
        <translation>Check / appraisal:</translation>
    </message>
    <message>
        <location filename="../widgets/review_strip.py" line="62"/>
        <source>Ghi kết quả…</source>
        <translation>Record result…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="67"/>
        <source>Đã xử lý {0} tệp, {1} tệp bị từ chối.</source>
        <translation>Processed {0} files, {1} refused.</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="81"/>
        <source>Đã ghi {0} (gói số {1}): {2} thay đổi, {3} tệp minh chứng.</source>
        <translation>Wrote {0} (bundle no. {1}): {2} changes, {3} evidence files.</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="134"/>
        <source>Trao đổi dữ liệu (USB, thư điện tử)</source>
        <translation>Data exchange (USB, email)</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="137"/>
        <source>Nhập / xuất gói</source>
        <translation>Import / export bundles</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="140"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="141"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="142"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="143"/>
        <source>Đang hiển thị</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="144"/>
        <source>Các giá trị</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="145"/>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="146"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="150"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="153"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="154"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="155"/>
        <source>Số gói</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="156"/>
        <source>Gói cuối</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="157"/>
        <source>Ngày tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="158"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="159"/>
        <source>Gói thiếu</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="160"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="164"/>
        <source>Bảng theo dõi</source>
        <translation>Tracking board</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="176"/>
        <source>Kéo thả tệp gói (.vnsb) hoặc cả thư mục vào đây, hoặc bấm “Nhập gói…”. Gói hỏng, giả mạo hay ngoài phạm vi bị từ chối nguyên gói và giữ lại trong thư mục cách ly; dữ liệu không bị thay đổi.</source>
        <translation>Drag bundle files (.vnsb) or a whole folder here, or click “Import bundles…”. A damaged, forged or out-of-scope bundle is refused whole and kept in the quarantine folder; the data is not changed.</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="183"/>
        <source>Nhập gói…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="187"/>
        <source>để trống: gửi văn phòng tỉnh</source>
        <translation>leave empty: send to the province office</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="189"/>
        <source>Xuất toàn bộ (máy mới, hoặc khi thiếu gói không tìm lại được)</source>
        <translation>Export everything (new computer, or bundles missing for good)</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="191"/>
        <source>Mã đơn vị nhận:</source>
        <translation>Receiving unit code:</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="193"/>
        <source>Xuất gói…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="214"/>
        <source>Chọn giá trị đúng…</source>
        <translation>Choose the right value…</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="269"/>
        <source>Xung đột ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="274"/>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="274"/>
        <location filename="../dialogs/sync_dialog.py" line="281"/>
        <source>Gói dữ liệu (*.vnsb)</source>
        <translation>Bundles (*.vnsb)</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="281"/>
        <source>Lưu gói dữ liệu</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="52"/>
        <source>Đang xử lý {0}</source>
        <translation>Processing {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="87"/>
        <source>Đã đọc lại từng tệp, khớp với nội dung đã ghi: an toàn để rút USB.</source>
        <translation>Every file was read back and matches what was written: the USB stick can be removed safely.</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="323"/>
        <source>Chọn giá trị đúng</source>
        <translation>Choose the right value</translation>
    </message>
    <message>
        <location filename="../dialogs/sync_dialog.py" line="324"/>
        <source>Giá trị cho trường {0} của {1}:</source>
        <translation>Value of field {0} of {1}:</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <location filename="../widgets/targets_editor.py" line="132"/>
        <source>Kế hoạch năm </source>
        <translation>Targets for </translation>
    </message>
    <message>
        <location filename="../widgets/targets_editor.py" line="142"/>
        <source>Chỉ tiêu lũy kế đến 31/12 của năm. Để trống một ô để bỏ chỉ tiêu đó. Bảng Biểu 01: mỗi huyện một dòng, dòng Tổng cộng là chỉ tiêu của tỉnh.</source>
        <translation>Cumulative targets to 31/12 of the year. Leave a cell empty to drop that target. Biểu 01 sheet: one row per district; the Tổng cộng (total) row is the province’s target.</translation>
    </message>
    <message>
        <location filename="../widgets/targets_editor.py" line="147"/>
        <source>Nhập từ Biểu 01…</source>
        <translation>Import from Biểu 01…</translation>
    </message>
    <message>
        <location filename="../widgets/targets_editor.py" line="164"/>
        <source>Nhập chỉ tiêu kế hoạch</source>
        <translation>Import planning targets</translation>
    </message>
    <message>
        <location filename="../widgets/targets_editor.py" line="164"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/targets_editor.py" line="172"/>
        <source>Đã nhập {0} chỉ tiêu của {1} đơn vị.</source>
        <translation>Imported {0} targets for {1} units.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../pages/tasks_page.py" line="20"/>
        <source>Nhiệm vụ của kế hoạch</source>
        <translation>Plan tasks</translation>
    </message>
    <message>
        <location filename="../pages/tasks_page.py" line="33"/>
        <source>Chỉ nhiệm vụ quá hạn, sắp đến hạn</source>
        <translation>Only overdue and nearly due tasks</translation>
    </message>
    <message>
        <location filename="../pages/tasks_page.py" line="37"/>
        <source>&lt;span style=&apos;background:#f6c9cc&apos;&gt;&amp;nbsp;Quá hạn&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fde9b0&apos;&gt;&amp;nbsp;Sắp đến hạn ({0} ngày)&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#f6c9cc&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fde9b0&apos;&gt;&amp;nbsp;Due soon ({0} days)&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../pages/tasks_page.py" line="41"/>
        <source>Xét tại ngày</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../pages/unit_page.py" line="64"/>
        <source>Chọn một đơn vị ở cây bên trái</source>
        <translation>Select a unit in the tree on the left</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="73"/>
        <source>DỮ LIỆU MẪU — kết quả các xã do phần mềm tạo theo quy tắc, không phải kết quả thật của xã nào.</source>
        <translation>SAMPLE DATA — the communes&apos; results are generated by a rule, not any commune&apos;s real results.</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="104"/>
        <source>Bảng tiêu chí</source>
        <translation>Criteria checklist</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="107"/>
        <source>Phương án thôn kiểu mẫu</source>
        <translation>Model-village plan</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="114"/>
        <source>Hồ sơ công nhận</source>
        <translation>Recognition dossier</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="121"/>
        <source>Nguồn vốn</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="129"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="137"/>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="145"/>
        <source>Báo cáo tổng hợp</source>
        <translation>Summary reports</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="153"/>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Planning targets</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="160"/>
        <source>Công nhận</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="187"/>
        <source>Mã {0}</source>
        <translation>Code {0}</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="188"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="193"/>
        <source>hiệu lực {0}</source>
        <translation>valid {0}</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="197"/>
        <source>hình thành từ {0} ({1}, {2})</source>
        <translation>formed from {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="262"/>
        <source>&lt;a href=&quot;tasks&quot;&gt;{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn&lt;/a&gt; (tính đến {2})</source>
        <translation>&lt;a href=&quot;tasks&quot;&gt;{0} tasks overdue, {1} tasks due soon&lt;/a&gt; (as of {2})</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="274"/>
        <source>Thôn NTM kiểu mẫu năm {0}: chưa có thôn nào đăng ký.</source>
        <translation>NTM model villages {0}: no village registered yet.</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="278"/>
        <source>{0}: {1} · {2}/{3} hạng mục hoàn thành · tiến độ {4}%</source>
        <translation>{0}: {1} · {2}/{3} items done · progress {4}%</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="289"/>
        <source>&lt;b&gt;Thôn NTM kiểu mẫu năm {0}&lt;/b&gt; ({1} thôn đăng ký):</source>
        <translation>&lt;b&gt;NTM model villages {0}&lt;/b&gt; ({1} villages registered):</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="373"/>
        <source>trước đây</source>
        <translation>earlier</translation>
    </message>
    <message>
        <location filename="../pages/unit_page.py" line="375"/>
        <source>nay</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../models/unit_tree_model.py" line="162"/>
        <source>Mã: {0} · {1}</source>
        <translation>Code: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../models/unit_tree_model.py" line="165"/>
        <source>Hiệu lực đến {0}</source>
        <translation>Valid until {0}</translation>
    </message>
    <message>
        <location filename="../models/unit_tree_model.py" line="170"/>
        <source>Phương án thôn kiểu mẫu: {0}</source>
        <translation>Model-village plan: {0}</translation>
    </message>
    <message>
        <location filename="../models/unit_tree_model.py" line="200"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="90"/>
        <source>Người sử dụng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="92"/>
        <source>Họ và tên được ghi kèm mỗi thay đổi, để biết ai đã nhập hay sửa số liệu.</source>
        <translation>The full name is recorded with every change, so it is known who entered or edited the figures.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="95"/>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation>E.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <location filename="../dialogs/first_start_wizard.py" line="97"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
</context>
<context>
    <name>VersionMoveDialog</name>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="48"/>
        <source>Chuyển sang phiên bản mới của bộ tiêu chí</source>
        <translation>Move to the new version of the criteria set</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="51"/>
        <source>Giữ nguyên</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="52"/>
        <source>Đổi nội dung</source>
        <translation>Text changed</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="53"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="54"/>
        <source>Bỏ</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="58"/>
        <source>{0}, năm {1}: chuyển bảng tiêu chí từ phiên bản {2} sang phiên bản {3} của bộ tiêu chí “{4}” ({5}).</source>
        <translation>{0}, {1}: move the checklist from version {2} to version {3} of the criteria set “{4}” ({5}).</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="71"/>
        <source>Chỉ tiêu giữ nguyên: {0} · đổi nội dung: {1} · mới: {2} · bỏ: {3}</source>
        <translation>Indicators unchanged: {0} · text changed: {1} · new: {2} · removed: {3}</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="77"/>
        <source>Giá trị đã nhập: &lt;b&gt;{0}&lt;/b&gt; chuyển sang phiên bản {1}; &lt;b&gt;{2}&lt;/b&gt; để lại ở phiên bản {3} (không bị xóa). Chỉ tiêu đổi nội dung cần xem lại đánh giá.</source>
        <translation>Entered values: &lt;b&gt;{0}&lt;/b&gt; move to version {1}; &lt;b&gt;{2}&lt;/b&gt; stay with version {3} (not deleted). Review the judgment of indicators whose text changed.</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="88"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="88"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="88"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="88"/>
        <source>Giá trị đã nhập</source>
        <translation>Entered values</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="92"/>
        <source>Chuyển sang</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="94"/>
        <source>Để lại ở phiên bản {0}</source>
        <translation>Stays with version {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="117"/>
        <source>Chuyển sang phiên bản {0}</source>
        <translation>Move to version {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/version_move_dialog.py" line="119"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VillageMenu</name>
    <message>
        <location filename="../actions/village_menu.py" line="28"/>
        <source>Thêm thôn…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="30"/>
        <source>Đổi tên thôn…</source>
        <translation>Rename village…</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="31"/>
        <source>Ngừng hiệu lực thôn…</source>
        <translation>Retire village…</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="49"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="50"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="54"/>
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="54"/>
        <source>Tên thôn mới:</source>
        <translation>New village name:</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="60"/>
        <source>Đổi tên thôn</source>
        <translation>Rename village</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="60"/>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="66"/>
        <source>Ngừng hiệu lực thôn</source>
        <translation>Retire village</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="67"/>
        <source>Thôn hết hiệu lực từ ngày (ngày/tháng/năm). Dữ liệu cũ vẫn được giữ:</source>
        <translation>The village ends on (day/month/year). Its data is kept:</translation>
    </message>
    <message>
        <location filename="../actions/village_menu.py" line="98"/>
        <source>Ngày &apos;{0}&apos; không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026.</source>
        <translation>The date &apos;{0}&apos; is not valid: enter it as day/month/year, e.g. 05/01/2026.</translation>
    </message>
</context>
<context>
    <name>VillagePlanPage</name>
    <message>
        <location filename="../pages/village_plan_page.py" line="50"/>
        <source>Chọn một thôn để xem phương án thôn NTM kiểu mẫu</source>
        <translation>Select a village to see its NTM model-village plan</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="56"/>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="61"/>
        <source>Đăng ký thôn NTM kiểu mẫu</source>
        <translation>Register as NTM model village</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="64"/>
        <source>Số quyết định, ví dụ 12/QĐ-UBND</source>
        <translation>Decision number, e.g. 12/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="101"/>
        <source>Công việc mới, ví dụ: Đường hoa, cây xanh 800 m</source>
        <translation>New work item, e.g. flower and tree-lined road 800 m</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="103"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="106"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="109"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="109"/>
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="112"/>
        <source>Thêm hạng mục</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="114"/>
        <source>Xóa hạng mục đã chọn</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="124"/>
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="126"/>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="169"/>
        <source> · phương án thôn NTM kiểu mẫu</source>
        <translation> · NTM model-village plan</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="195"/>
        <source>Thôn chưa đăng ký thôn NTM kiểu mẫu năm {0}.</source>
        <translation>The village has not registered as an NTM model village for {0}.</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="196"/>
        <source>Trạng thái: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="198"/>
        <source> · phê duyệt theo QĐ {0} ngày {1}</source>
        <translation> · approved by decision {0} of {1}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="202"/>
        <source> · công nhận theo QĐ {0} ngày {1}</source>
        <translation> · recognised by decision {0} of {1}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="216"/>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="239"/>
        <source>Tự đánh giá: {0}</source>
        <translation>Self-review: {0}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="243"/>
        <source>Tự đánh giá: thôn đạt cả {0} tiêu chí thôn kiểu mẫu.</source>
        <translation>Self-review: the village meets all {0} model-village criteria.</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="249"/>
        <source>Tự đánh giá: đạt {0}/{1} tiêu chí; phương án cần khắc phục:</source>
        <translation>Self-review: {0}/{1} criteria met; the plan must address:</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="262"/>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="263"/>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="264"/>
        <source>chưa đánh giá</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="266"/>
        <source>Tiêu chí {0} {1}</source>
        <translation>Criterion {0} {1}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="268"/>
        <source>{0} — chưa có hạng mục nào</source>
        <translation>{0} — no item yet</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="269"/>
        <source>{0} — {1} hạng mục: {2}</source>
        <translation>{0} — {1} item(s): {2}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="282"/>
        <source>Tiến độ chung: &lt;b&gt;{0}%&lt;/b&gt; (trung bình các hạng mục; {1}/{2} hạng mục hoàn thành) · &lt;span style=&apos;color:#b3261e&apos;&gt;{3} hạng mục quá hạn&lt;/span&gt; tại ngày {4}</source>
        <translation>Overall progress: &lt;b&gt;{0}%&lt;/b&gt; (average of items; {1}/{2} items done) · &lt;span style=&apos;color:#b3261e&apos;&gt;{3} items overdue&lt;/span&gt; as of {4}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="291"/>
        <source>Tổng kinh phí: &lt;b&gt;{0} đồng&lt;/b&gt; — </source>
        <translation>Total budget: &lt;b&gt;{0} VND&lt;/b&gt; — </translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="296"/>
        <source>Đóng góp hiện vật: </source>
        <translation>In-kind contributions: </translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="301"/>
        <source>Theo tiêu chí: </source>
        <translation>By criterion: </translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="304"/>
        <source>TC {0}</source>
        <translation>Crit. {0}</translation>
    </message>
    <message>
        <location filename="../pages/village_plan_page.py" line="381"/>
        <source>Hãy chọn hạng mục cần xóa trong bảng.</source>
        <translation>Select the item to delete in the table.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../jobs.py" line="143"/>
        <source>Công việc bị dừng vì một lỗi không mong muốn. Dữ liệu đã lưu trước đó không bị ảnh hưởng; hãy thử lại, nếu lỗi lặp lại hãy gửi chi tiết lỗi cho cán bộ hỗ trợ.</source>
        <translation>The task stopped because of an unexpected error. Data saved before is not affected; try again, and if the error repeats, send the error details to your support staff.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
</TS>
