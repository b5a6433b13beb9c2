<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../checklist_model.py" line="39" />
        <source>Tiêu chí / chỉ tiêu</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="40" />
        <source>Chỉ tiêu cần đạt</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="41" />
        <source>Giá trị đạt được</source>
        <translation>Value achieved</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="42" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="43" />
        <source>Theo quy tắc</source>
        <translation>By rule</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="44" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="45" />
        <source>Phụ trách</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="46" />
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="49" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="50" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="51" />
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="168" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="225" />
        <source>chưa có chỉ tiêu</source>
        <translation>no target yet</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="252" />
        <source>
Mức theo ghi nhớ, chưa đối chiếu văn bản: {0}</source>
        <translation>
Target as recalled, not checked against the text: {0}</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="258" />
        <source>Kết quả tính theo chỉ tiêu khác với đánh giá của cán bộ. Kiểm tra lại giá trị hoặc ghi rõ lý do trong cột Ghi chú.</source>
        <translation>The result computed from the target differs from the officer's assessment. Check the value or give the reason in the Note column.</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="262" />
        <source>Nhập số kiểu Việt Nam: 16,3 hoặc 1.274.790</source>
        <translation>Enter numbers Vietnamese style: 16,3 or 1.274.790</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../checklist_page.py" line="69" />
        <source>Đạt chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="70" />
        <source>Nâng cao</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="71" />
        <source>Kiểu mẫu</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="74" />
        <source>chuẩn nông thôn mới</source>
        <translation>the new rural standard</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="75" />
        <source>nông thôn mới nâng cao</source>
        <translation>advanced new rural</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="76" />
        <source>nông thôn mới kiểu mẫu</source>
        <translation>model new rural</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="89" />
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="91" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="92" />
        <source>Hoàn tác thay đổi gần nhất (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="95" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="97" />
        <source>Hướng tới:</source>
        <translation>Working towards:</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="210" />
        <source>chọn riêng cho năm này</source>
        <translation>chosen for this year</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="212" />
        <source>theo giai đoạn</source>
        <translation>by period</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="217" />
        <source>⚠ Bộ tiêu chí này chưa được đối chiếu với văn bản gốc ({0}): chỉ tiêu và mức cần đạt có thể chưa chính xác. Hãy kiểm tra trước khi dùng để báo cáo.</source>
        <translation>⚠ This criteria set has not been checked against the original text ({0}): indicators and targets may be inaccurate. Check them before reporting.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="223" />
        <source>Số tiêu chí đạt: {0}/{1}</source>
        <translation>Criteria met: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="240" />
        <source>và {0} tiêu chí khác</source>
        <translation>and {0} more criteria</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="241" />
        <source>Còn thiếu để đạt {0}: {1}.</source>
        <translation>Still missing for {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="243" />
        <source>Đã đủ tiêu chí {0}.</source>
        <translation>All criteria met for {0}.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="247" />
        <source>Bước tiếp theo: {0} ({1}).</source>
        <translation>Next step: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="252" />
        <source>Bước tiếp theo: {0} (chưa có bộ tiêu chí cho năm {1}).</source>
        <translation>Next step: {0} (no criteria set for {1} yet).</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="330" />
        <source>Hãy chọn một chỉ tiêu để xem lịch sử thay đổi.</source>
        <translation>Select an indicator to see its change history.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Ngày thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="97" />
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="99" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="101" />
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="107" />
        <source>Kéo thả tệp vào đây để đính kèm.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="124" />
        <source>Minh chứng của chỉ tiêu {0}</source>
        <translation>Evidence for indicator {0}</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="126" />
        <source>Minh chứng (chọn một chỉ tiêu)</source>
        <translation>Evidence (select an indicator)</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="153" />
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="156" />
        <source>Tệp minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
        <translation>Evidence files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="221" />
        <source>Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.</source>
        <translation>No program can open {0}. The file was copied to {1}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_dialog.py" line="30" />
        <source>Lịch sử thay đổi — chỉ tiêu {0}</source>
        <translation>Change history — indicator {0}</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="33" />
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="34" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="35" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="36" />
        <source>Cơ quan phụ trách</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="39" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="40" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="41" />
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="51" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="52" />
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="53" />
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="54" />
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="55" />
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="65" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="74" />
        <source>(chưa đặt tên)</source>
        <translation>(no name set)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="84" />
        <source>Chỉ tiêu này chưa có thay đổi nào trong năm {0}.</source>
        <translation>This indicator has no changes in {0}.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="89" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="31" />
        <source>NTM Desktop — Quản lý xây dựng nông thôn mới</source>
        <translation>NTM Desktop — New Rural Development management</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="35" />
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (accents optional)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>&amp;Tìm đơn vị</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107" />
        <source>Tìm thấy {0} đơn vị</source>
        <translation>{0} units found</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>Tệp dữ liệu: {0} · bộ đơn vị {1} · phiên bản {2}</source>
        <translation>Data file: {0} · unit set {1} · version {2}</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../unit_page.py" line="20" />
        <source>Chọn một đơn vị ở cây bên trái</source>
        <translation>Select a unit in the tree on the left</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="38" />
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="39" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="41" />
        <source>Trực thuộc:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="42" />
        <source>Hiệu lực:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="45" />
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="49" />
        <source>Hình thành từ:</source>
        <translation>Formed from:</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="53" />
        <source>trước đây</source>
        <translation>earlier</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="54" />
        <source>nay</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../unit_tree_model.py" line="179" />
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
</context>
<context>
    <name>VillageMenu</name>
    <message>
        <location filename="../village_menu.py" line="27" />
        <source>Thêm thôn…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="29" />
        <source>Đổi tên thôn…</source>
        <translation>Rename village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="30" />
        <source>Ngừng hiệu lực thôn…</source>
        <translation>Retire village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="48" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="49" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="53" />
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="53" />
        <source>Tên thôn mới:</source>
        <translation>New village name:</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="59" />
        <source>Đổi tên thôn</source>
        <translation>Rename village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="59" />
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="65" />
        <source>Ngừng hiệu lực thôn</source>
        <translation>Retire village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="66" />
        <source>Thôn hết hiệu lực từ ngày (ngày/tháng/năm). Dữ liệu cũ vẫn được giữ:</source>
        <translation>The village ends on (day/month/year). Its data is kept:</translation>
    </message>
</context>
</TS>