package vn.antq.site.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import vn.antq.site.text.Utf8Text;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A page's rendered body in the template model. {@code <@body/>} writes it: into a
 * {@link PageWriter} as the UTF-8 bytes it is kept in, so a national site's 200 MB of body HTML
 * is neither decoded nor encoded again. As a string ({@code ${body?no_esc}},
 * {@code body?has_content}) it is decoded on first use, so templates written that way still work.
 */
final class BodyModel implements TemplateScalarModel, TemplateDirectiveModel {
    private final Utf8Text html;
    private String decoded;

    BodyModel(Utf8Text html) {
        this.html = html;
    }

    /** The body's bytes hashed (for the page's fingerprint). */
    vn.antq.site.text.ContentHash fingerprint() {
        vn.antq.site.text.ContentHasher h = new vn.antq.site.text.ContentHasher();
        html.hashInto(h);
        return h.hash();
    }

    @Override
    public String getAsString() {
        if (decoded == null) decoded = html.toString();
        return decoded;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody nested)
            throws IOException, TemplateModelException {
        if (!params.isEmpty() || loopVars.length > 0 || nested != null) {
            throw new TemplateModelException("<@body/> takes no parameters and no nested content");
        }
        Writer out = env.getOut();
        if (out instanceof PageWriter page) page.write(html);
        else out.write(getAsString()); // inside a capture (#assign ... ) or a custom writer
    }
}
