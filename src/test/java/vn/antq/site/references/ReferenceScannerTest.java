package vn.antq.site.references;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceScannerTest {
    private final ReferenceScanner scanner = new ReferenceScanner();

    /** Real forms from the source documents: text | number found | type | key. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an | 124/2021/TT-BCA | thong-tu | 124-2021-tt-bca",
            "thay thế Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 | 07/CT-BCA-V28 | chi-thi | 07-ct-bca-v28",
            "Chỉ thị 06/CT-BCA-V05 | 06/CT-BCA-V05 | chi-thi | 06-ct-bca-v05",
            "Kết luận số 44-KL/TW của Ban Bí thư | 44-KL/TW | ket-luan | 44-kl-tw",
            "Nghị định số 06/2013/NĐ-CP ngày 09/01/2013 | 06/2013/NĐ-CP | nghi-dinh | 06-2013-nd-cp",
            "Quy chế phối hợp số 505/QCPH-CATP-SGDĐT | 505/QCPH-CATP-SGDĐT | quy-che-phoi-hop | 505-qcph-catp-sgddt",
            "Chương trình số 10/ CTr-CAHN-PA03 ngày 15/03/2024 | 10/CTr-CAHN-PA03 | chuong-trinh | 10-ctr-cahn-pa03",
            "Chương trình số 01/Ctr-BCĐ, ngày 05/02/2024 | 01/Ctr-BCĐ | chuong-trinh | 01-ctr-bcd",
            "Kế hoạch số 2447/QĐ-TTg ngày 06/11/2025 | 2447/QĐ-TTg | ke-hoach | 2447-qd-ttg",
            "theo Quyết định 510/QĐ-BCA-V05, | 510/QĐ-BCA-V05 | quyet-dinh | 510-qd-bca-v05",
            "Nghị quyết số 12-NQ/TW, ngày 16/3/2022 | 12-NQ/TW | nghi-quyet | 12-nq-tw",
            "Hướng dẫn 439/HD-V05-P2 | 439/HD-V05-P2 | huong-dan | 439-hd-v05-p2",
            "(gọi tắt là 363/HD-PA03-Đ1). | 363/HD-PA03-Đ1 | huong-dan | 363-hd-pa03-d1",
            "Quyết định số 239-QĐ/ĐUCA | 239-QĐ/ĐUCA | quyet-dinh | 239-qd-duca",
            // from real legal texts (../shared/corpus): the National Assembly and its Standing Committee
            "Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018 | 24/2018/QH14 | luat | 24-2018-qh14",
            "Luật số 59/2020/QH14, | 59/2020/QH14 | luat | 59-2020-qh14",
            "Bộ luật số 100/2015/QH13 | 100/2015/QH13 | bo-luat | 100-2015-qh13",
            "Nghị quyết số 109/2015/QH13 | 109/2015/QH13 | nghi-quyet | 109-2015-qh13",
            "Pháp lệnh số 32/2007/PL-UBTVQH11 | 32/2007/PL-UBTVQH11 | phap-lenh | 32-2007-pl-ubtvqh11",
            "Nghị quyết 02/2012/UBTVQH13 | 02/2012/UBTVQH13 | nghi-quyet | 02-2012-ubtvqh13",
            "Nghị quyết số 1023/NQ-UBTVQH13 | 1023/NQ-UBTVQH13 | nghi-quyet | 1023-nq-ubtvqh13",
            "Lệnh số 05/2018/L-CTN | 05/2018/L-CTN | lenh | 05-2018-l-ctn",
            "Thông tư liên tịch số 01/2015/TTLT-BCA-BQP | 01/2015/TTLT-BCA-BQP | thong-tu-lien-tich | 01-2015-ttlt-bca-bqp",
            "Công điện số 1234/CĐ-TTg | 1234/CĐ-TTg | cong-dien | 1234-cd-ttg",
            "Văn bản hợp nhất số 01/VBHN-BCA | 01/VBHN-BCA | van-ban-hop-nhat | 01-vbhn-bca",
            // dotted, a unit in brackets, broken by a line or a space, glued to the next word
            "Nghị quyết 66.16/2026/NQ-CP của Chính phủ | 66.16/2026/NQ-CP | nghi-quyet | 66-16-2026-nq-cp",
            "Quyết định số 692/1999/QĐ-BCA(H11) ngày | 692/1999/QĐ-BCA(H11) | quyet-dinh | 692-1999-qd-bca-h11",
            "Nghị định số 252/2026/NĐ-\\nCP quy định | 252/2026/NĐ-CP | nghi-dinh | 252-2026-nd-cp",
            "Nghị định 18/2021/NĐ- CP của | 18/2021/NĐ-CP | nghi-dinh | 18-2021-nd-cp",
            "Nghị định số 13/2023/NĐ-CPngày 17/4/2023 | 13/2023/NĐ-CP | nghi-dinh | 13-2023-nd-cp",
            "Luật số 24/2018/QH14về an ninh mạng | 24/2018/QH14 | luat | 24-2018-qh14",
            "Thông tư 124/2021/TT-BCAhướng dẫn | 124/2021/TT-BCA | thong-tu | 124-2021-tt-bca",
            "Quyết định 12/QĐ-TTg, | 12/QĐ-TTg | quyet-dinh | 12-qd-ttg",
    })
    void recognisesRealNumbers(String text, String number, String type, String key) {
        List<LegalReference> found = scanner.scan(text.strip().replace("\\n", "\n"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(number, found.get(0).number());
        assertEquals(type, found.get(0).type());
        assertEquals(key, found.get(0).key());
    }

    /** The type word written right before a number (any case, "số" or not) names its type; otherwise its code does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KẾ HOẠCH SỐ 12/QĐ-UBND | ke-hoach",
            "kế hoạch\\nsố 12/QĐ-UBND | ke-hoach",
            "Kế hoạch  Số\t12/QĐ-UBND | ke-hoach",
            "Thông tư liên tịch số 01/2015/TT-BCA | thong-tu-lien-tich",
            "văn bản quy phạm pháp luật số 12/2020/QĐ-UBND | quyet-dinh",
            "Chương trình phối hợp 3/QĐ-UBND | chuong-trinh",
            "Quy chế phối hợp số 3/KH-UBND | quy-che-phoi-hop",
            "kế hoạchsố 12/QĐ-UBND | quyet-dinh",
            "kế hoạch số, 12/QĐ-UBND | quyet-dinh",
            "Kế hoạch này được xây dựng căn cứ theo văn bản 12/QĐ-UBND | quyet-dinh",
            "Đề án số 12/QĐ-UBND | de-an",
            "đề án 12/QĐ-UBND và báo cáo 13/KH-UBND | de-an",
    })
    void aTypeWordBeforeTheNumberNamesItsType(String text, String type) {
        List<LegalReference> found = scanner.scan(text.strip().replace("\\n", "\n"));
        assertEquals(type, found.get(0).type(), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ngày 15/03/2024",                         // a date
            "trước ngày 19/8 hằng năm",                // a day
            "Điện thoại: 069.2194.567",                // a phone number
            "gọi 0243 3942 xxx hoặc 113",              // a phone number
            "Ban Chỉ đạo 138/TP về công tác",          // a committee, not a document
            "Phòng PA03-Đ1 thực hiện",                 // a unit code
            "Đội 1/PA03 phụ trách",                    // a unit
            "đạt 70% trở lên, 3/4 số đơn vị",          // fractions and percentages
            "Quý I/2024 và năm 2025-2030",             // periods
            "số 04-CQDN/CSGD",                         // not a type code
            "khoản 5/L của phụ lục",                   // a bare L is no Lệnh
            "mã 12/QH14A1",                            // more of a code glued on
    })
    void leavesOtherNumbersAlone(String text) {
        assertTrue(scanner.scan(text).isEmpty(), scanner.scan(text).toString());
    }

    @org.junit.jupiter.api.Test
    void findsSeveralInOneSentenceWithOffsets() {
        String text = "Căn cứ Thông tư 124/2021/TT-BCA và Chỉ thị 06/CT-BCA-V05.";
        List<LegalReference> found = scanner.scan(text);
        assertEquals(2, found.size());
        assertEquals("124/2021/TT-BCA", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("06/CT-BCA-V05", text.substring(found.get(1).start(), found.get(1).end()));
    }
}
