package org.sovet.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.sovet.common.AsEngine;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy (the one its Admin and REST enforce), told in Russian: every rule a new
 * password breaks, so a person fixes them all at once. Sovet adds two: no leading or trailing space
 * (lost when typed elsewhere) and the repeat equal to the password.
 */
@Component
public class PasswordRules {

    static final String MISMATCH = "пароль и повтор не совпадают";

    private final IdentityService identity;

    PasswordRules(IdentityService identity) {
        this.identity = identity;
    }

    /** The rules {@code password} breaks for this user, in Russian; empty: it may be set. */
    public List<String> broken(String userId, String password, String repeat) {
        List<String> broken = new ArrayList<>();
        AsEngine.run(identity, () -> {
            PasswordPolicy policy = identity.getPasswordPolicy();
            if (policy != null) {
                User user = identity.createUserQuery().userId(userId).singleResult();
                identity.checkPasswordAgainstPolicy(policy, password, user).getViolatedRules().stream()
                        .map(PasswordRules::russian).forEach(broken::add);
            }
            return null;
        });
        if (!password.isEmpty() && !password.equals(password.strip())) {
            broken.add("не начинаться и не заканчиваться пробелом");
        }
        if (!password.equals(repeat)) {
            broken.add(MISMATCH);
        }
        return broken;
    }

    /** What a new password needs, for the forms: «не короче 10 символов; хотя бы одна цифра; …». */
    public String summary() {
        PasswordPolicy policy = AsEngine.run(identity, identity::getPasswordPolicy);
        return policy == null ? "" : String.join("; ", policy.getRules().stream().map(PasswordRules::russian).toList());
    }

    static String russian(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "не короче " + p.get("minLength") + " символов";
            case "PASSWORD_POLICY_LOWERCASE" -> atLeast(p.get("minLowerCase"), "хотя бы одна строчная буква", "строчных букв");
            case "PASSWORD_POLICY_UPPERCASE" -> atLeast(p.get("minUpperCase"), "хотя бы одна заглавная буква", "заглавных букв");
            case "PASSWORD_POLICY_DIGIT" -> atLeast(p.get("minDigit"), "хотя бы одна цифра", "цифр");
            case "PASSWORD_POLICY_SPECIAL" -> atLeast(p.get("minSpecial"), "хотя бы один знак вроде ! ? - _ # %", "знаков вроде ! ? - _ # %");
            case "PASSWORD_POLICY_USER_DATA" -> "без вашего имени, фамилии, имени пользователя и адреса почты";
            default -> "соответствовать правилу " + rule.getPlaceholder();
        };
    }

    private static String atLeast(String count, String one, String many) {
        return count == null || "1".equals(count) ? one : many + " — не меньше " + count;
    }
}
