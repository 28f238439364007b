package vn.antq.site.search;

import java.util.List;

/**
 * The queries readers type, each with the page (and section) that should come first.
 * Half are typed without diacritics. Used to tune ranking (mean reciprocal rank) and to
 * check that the browser and the Java engine rank identically.
 */
public final class QuerySet {
    /** @param expected the page path, optionally with "#anchor" that the top result must have */
    public record Query(String query, String expected) {}

    private QuerySet() {}

    static final String CT10 = "van-ban/chuong-trinh-10-ctr-cahn-pa03/index.html";
    static final String HD363 = "van-ban/huong-dan-363-hd-pa03-d1/index.html";
    static final String HP354 = "van-ban/ke-hoach-354-kh-ubnd/index.html";
    static final String HN2025 = "van-ban/ke-hoach-kh-ubnd-ha-noi-2025/index.html";
    static final String CT06 = "van-ban/chi-thi-06-ct-bca-v05/index.html";
    static final String HT = "van-ban/ke-hoach-ctr-bcd-hop-thanh-2024/index.html";
    static final String TT124 = "van-ban/thong-tu-124-2021-tt-bca/index.html";
    static final String QD510 = "van-ban/quyet-dinh-510-qd-bca-v05/index.html";
    static final String GLOSSARY = "thuat-ngu/index.html";

    public static final List<Query> QUERIES = List.of(
            new Query("bao ve bi mat nha nuoc", CT10 + "#5-cong-tac-bao-ve-bi-mat-nha-nuoc"),
            new Query("bảo vệ bí mật nhà nước", CT10 + "#5-cong-tac-bao-ve-bi-mat-nha-nuoc"),
            new Query("chỉ thị 06/CT-BCA-V05", CT06),
            new Query("chi thi 06", CT06),
            new Query("124/2021/TT-BCA", TT124),
            new Query("thong tu 124", TT124),
            new Query("quyết định 510", QD510),
            new Query("quyet dinh 510 phan loai phong trao", QD510),
            new Query("Hải Phòng", HP354),
            new Query("hai phong", HP354),
            new Query("hop thanh", HT),
            new Query("Hợp Thành Cao Lộc", HT),
            new Query("phong trào thi đua Hà Nội 2025", HN2025),
            new Query("tieu chi thi dua", HN2025),
            new Query("363/HD-PA03-Đ1", HD363),
            new Query("huong dan 363", HD363),
            new Query("4 rõ", HP354),
            new Query("6 ro ro nguoi ro viec", HP354),
            new Query("thay thế Chỉ thị 07/CT-BCA-V28", CT06),
            new Query("thay the chi thi 07", CT06),
            new Query("2447/QĐ-TTg", HN2025),
            new Query("2447", HN2025),
            new Query("thành phố không ma túy", HP354),
            new Query("thanh pho khong ma tuy", HP354),
            new Query("lực lượng nòng cốt", HD363 + "#8-cong-tac-xay-dung-luc-luong-nong-cot"),
            new Query("luc luong nong cot", HD363 + "#8-cong-tac-xay-dung-luc-luong-nong-cot"),
            new Query("Công an Thành phố Hà Nội", CT10),
            new Query("PA03", HD363),
            new Query("tiêu chuẩn an toàn về an ninh trật tự cơ quan doanh nghiệp", TT124),
            new Query("dieu 6 co quan doanh nghiep", TT124),
            new Query("Lương Tam Quang", CT06),
            new Query("luong tam quang", CT06),
            new Query("BMNN", CT10 + "#5-cong-tac-bao-ve-bi-mat-nha-nuoc"),
            new Query("chữ viết tắt", GLOSSARY),
            new Query("thuật ngữ viết tắt ANTT", GLOSSARY),
            new Query("dan van kheo", HD363),
            new Query("Ban Chỉ đạo 138 xã Hợp Thành", HT),
            new Query("ban chi dao 138", HT),
            new Query("dien bien", CT06),
            new Query("ngay hoi toan dan bao ve an ninh to quoc 19/8", CT10),
            new Query("dang ky xay dung co quan dat tieu chuan an toan", HD363),
            new Query("phan loai kha trung binh yeu", QD510),
            new Query("nghi quyet 12-NQ/TW", HT));
}
