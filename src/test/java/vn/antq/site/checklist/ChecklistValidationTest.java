package vn.antq.site.checklist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A malformed checklist fails the build with PATH:LINE errors and publishes nothing. */
class ChecklistValidationTest {
    @TempDir
    Path dir;

    static final String PATH = "content/tu-kiem-tra/thu.md";

    static String checklist(String result, String body) {
        return "---\nid: thu\ntitle: \"Thử\"\nversion: 1\n" + result + "---\n" + body;
    }

    static final String PASS_FAIL = """
            result:
              type: pass-fail
              outcomes:
                - id: dat
                  label: "Đạt"
                  when: "all_met()"
                - id: chua-dat
                  label: "Chưa đạt"
                  when: "not all_met()"
            """;

    private TestSite.Run fails(String text, String... expected) {
        TestSite site = TestSite.create(dir).file(PATH, text);
        TestSite.Run run = site.build();
        assertEquals(1, run.exit(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        for (String e : expected) assertTrue(run.err().contains(e), "expected '" + e + "' in:\n" + run.err());
        assertFalse(Files.exists(site.site()));
        return run;
    }

    @Test
    void validChecklistBuilds() {
        TestSite site = TestSite.create(dir).file(PATH, checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Có kế hoạch {#ke_hoach required basis="Điều 6"}
                  Hướng dẫn.
                - [ ] Loại {#loai kind=choice}
                  - (a) Loại A
                  - (b) Loại B
                - [ ] Chỉ cho loại A {#chi_a required when="loai == 'a'"}
                """));
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(site.site().resolve("tu-kiem-tra/thu/index.html")));
    }

    @Test
    void unknownIdInACondition() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot required}
                - [ ] Hai {#hai when="khong_co == 'x'"}
                """), PATH + ":18:", "dùng mã \"khong_co\" chưa có phía trên");
    }

    @Test
    void conditionOnALaterItem() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot when="hai"}
                - [ ] Hai {#hai}
                """), PATH + ":17:", "mã \"hai\" chưa có phía trên");
    }

    @Test
    void duplicateItemId() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot}
                - [ ] Lại một {#mot}
                """), PATH + ":18:", "mã mục \"mot\" bị trùng (đã dùng ở dòng 17)");
    }

    @Test
    void badExpressionSyntax() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot kind=number}
                - [ ] Hai {#hai when="mot >= "}
                """), PATH + ":18:", "biểu thức \"mot >= \"");
    }

    @Test
    void typeErrorAndUnknownOption() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Loại {#loai kind=choice}
                  - (a) A
                  - (b) B
                - [ ] Hai {#hai when="loai == 'c'"}
                - [ ] Ba {#ba when="loai > 2"}
                """), PATH + ":20:", "\"c\" không phải lựa chọn của mục \"loai\"", PATH + ":21:", "dùng sai kiểu");
    }

    @Test
    void divisionByZero() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Số {#so kind=number}
                - [ ] Tính {#tinh kind=computed rule="so / 0 > 1"}
                """), PATH + ":18:", "chia cho 0");
    }

    @Test
    void pointsMustAddUpToTheTotal() {
        fails(checklist("""
                result:
                  type: score
                  total: 100
                  bands:
                    - id: kha
                      label: "Khá"
                      min: 70
                """, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot points=30}
                - [ ] Hai {#hai points=50}
                """), PATH + ":7:", "tổng điểm các mục là 80, khác tổng điểm khai báo 100");
    }

    @Test
    void unreachableBands() {
        fails(checklist("""
                result:
                  type: score
                  total: 10
                  bands:
                    - id: kha
                      label: "Khá"
                      min: 5
                    - id: tot
                      label: "Tốt"
                      min: 8
                    - id: qua
                      label: "Quá"
                      min: 20
                """, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot points=10}
                """), "mức \"tot\" có ngưỡng 8 không nhỏ hơn", "mức \"qua\" có ngưỡng 20 lớn hơn tổng điểm 10");
    }

    @Test
    void itemWithoutIdAndUnknownAttribute() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Không có mã
                - [ ] Có mã {#co_ma bat_buoc}
                """), PATH + ":17:", "cần khối thuộc tính", PATH + ":18:", "thuộc tính không được hỗ trợ \"bat_buoc\"");
    }

    @Test
    void computedNeedsARuleAndChoiceNeedsOptions() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Tính {#tinh kind=computed}
                - [ ] Chọn {#chon kind=choice}
                  - (a) Chỉ một
                """), "cần rule=", "cần ít nhất hai lựa chọn");
    }

    @Test
    void idMustMatchTheFileName() {
        fails("---\nid: khac\ntitle: \"Thử\"\nversion: 1\n" + PASS_FAIL + "---\n## N {#n}\n\n- [ ] A {#a}\n",
                PATH + ":2", "phải trùng tên tệp \"thu\"");
    }

    // ---- constraints and targets

    @Test
    void aConstraintBuildsAndMayUseTheItemItself() {
        TestSite site = TestSite.create(dir).file(PATH, checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Tổng số {#tong kind=number min=1 integer required}
                - [ ] Số đạt {#dat kind=number min=0 integer required constraint="dat <= tong" message="Không lớn hơn tổng số"}
                """));
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void constraintMistakesAreReportedAtTheirLines() {
        fails(checklist(PASS_FAIL, """
                ## Nhóm {#nhom}

                - [ ] Tổng số {#tong kind=number}
                - [ ] Số đạt {#dat kind=number constraint="dat <= tong_so" message="Không lớn hơn tổng số"}
                - [ ] Thiếu câu báo {#thieu kind=number constraint="thieu <= tong"}
                - [ ] Câu báo thừa {#thua kind=number message="Sai"}
                - [ ] Số nguyên cho tiêu chí {#tieu_chi integer}
                - [ ] Ràng buộc không phải điều kiện {#khong_dk kind=number constraint="khong_dk + 1" message="Sai"}
                """),
                PATH + ":18:51:", "dùng mã \"tong_so\" chưa có phía trên",
                PATH + ":19:", "thiếu message=",
                PATH + ":20:", "message=\"...\" chỉ dùng kèm constraint",
                PATH + ":21:", "integer (chỉ nhận số nguyên) chỉ dùng cho mục kind=number",
                PATH + ":22:", "phải cho kết quả đúng/sai");
    }

    @Test
    void targetMistakesAreReportedAtTheirLines() {
        fails(checklist(PASS_FAIL + """
                targets:
                  - label: "Đạt chuẩn"
                    outcomes: [dat, khong-co]
                    min: 170
                  - "chỉ tiêu"
                """, """
                ## Nhóm {#nhom}

                - [ ] Một {#mot required}
                """),
                PATH + ":16:", "mã kết quả \"khong-co\" không có trong bảng kiểm (các mã: chua-dat, dat)",
                PATH + ":17:", "tỷ lệ phần trăm từ 0 đến 100, có giá trị \"170\"",
                PATH + ":18:", "mỗi chỉ tiêu phải có các trường label, outcomes và min");
    }
}
